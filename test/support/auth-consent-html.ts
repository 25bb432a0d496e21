// Test helper: reads the simulator's server-rendered consent pages with happy-dom's parser, as a browser
// would (labels found through their `for`, boxes through `name="scope"`).
import { Window } from 'happy-dom';

export interface RenderedPage {
  title: string;
  heading: string;
  alert: string | null;
  transactionId: string | null;
  boxes: { scope: string; label: string; checked: boolean }[];
  buttons: string[];
  formAction: string | null;
}

export function readPage(html: string): RenderedPage {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const boxes = [...doc.querySelectorAll('input[type="checkbox"][name="scope"]')].map((input) => ({
    scope: input.getAttribute('value') ?? '',
    label: doc.querySelector(`label[for="${input.getAttribute('id') ?? ''}"]`)?.textContent?.trim() ?? '',
    checked: input.hasAttribute('checked'),
  }));
  const page: RenderedPage = {
    title: doc.title,
    heading: doc.querySelector('h1')?.textContent?.trim() ?? '',
    alert: doc.querySelector('[role="alert"]')?.textContent?.trim() ?? null,
    transactionId: doc.querySelector('input[name="transaction_id"]')?.getAttribute('value') ?? null,
    boxes,
    buttons: [...doc.querySelectorAll('button')].map((b) => b.textContent?.trim() ?? ''),
    formAction: doc.querySelector('form')?.getAttribute('action') ?? null,
  };
  void window.happyDOM.close();
  return page;
}
