// A settings or customers file moved aside is said on the screen, with where the old file was kept.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataProblemsBanner } from '@renderer/components/DataProblemsBanner';
import { initI18n } from '@renderer/i18n';

beforeAll(() => initI18n('en'));
afterEach(() => cleanup());

describe('DataProblemsBanner', () => {
  it('names the file that could not be read, why, and the kept file’s path', () => {
    render(
      <DataProblemsBanner
        problems={[
          { store: 'settings', reason: 'not_json', keptAt: '/data/settings.json.corrupt-2026-01-02T03-04-05-000Z' },
          { store: 'accounts', reason: 'wrong_layout', keptAt: '/data/accounts.json.corrupt-2026-01-02T03-04-05-000Z' },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The settings (connection profiles) could not be read (the file is damaged).');
    expect(alert.textContent).toContain('/data/settings.json.corrupt-2026-01-02T03-04-05-000Z');
    expect(alert.textContent).toContain(
      'The list of connected customers could not be read (the file is not laid out as this version expects).',
    );
    expect(alert.textContent).toContain('/data/accounts.json.corrupt-2026-01-02T03-04-05-000Z');
  });

  it('shows nothing when every file was read', () => {
    const { container } = render(<DataProblemsBanner problems={[]} />);
    expect(container.textContent).toBe('');
  });
});
