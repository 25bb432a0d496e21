// Test helper: opens a WebSocket to the browser host with chosen headers, and makes calls over it.
import WebSocket from 'ws';

export interface WsAttempt {
  ws?: WebSocket;
  status?: number;
}

export function connect(url: string, headers: Record<string, string>): Promise<WsAttempt> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode }));
    ws.once('error', () => resolve({}));
  });
}

export function send(ws: WebSocket, raw: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(data.toString())));
    ws.send(raw);
  });
}
