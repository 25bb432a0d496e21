// Main process (plain Node). Pushes to the page: payloads are validated against the event map before they
// go out, so a transport never forwards something the page's types do not promise.
import { events, type EventName, type EventPayload } from '@shared/contract';

export type EventSink = (event: EventName, payload: unknown) => void;

export class EventBus {
  private readonly sinks = new Set<EventSink>();

  /** Adds a transport (a window, a WebSocket client); returns its removal. */
  addSink(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const checked = events[event].parse(payload);
    for (const sink of this.sinks) {
      try {
        sink(event, checked);
      } catch {
        // A closed window or socket must not stop the others from getting the event.
      }
    }
  }
}
