// Main process (plain Node). The demo platform's support agents: which agent key may do what. A real
// platform issues one key per support agent; the simulator knows two fixed ones.
import { timingSafeEqual } from 'node:crypto';

export type AgentRight = 'customers:read' | 'tokens:borrow' | 'connections:write' | 'sites:lease';

export const DEMO_AGENT_KEY = 'demo-agent-key';
/** A key that may look customers up but not borrow, connect or lease (to show the 403). */
export const DEMO_VIEWER_KEY = 'demo-viewer-key';

const AGENTS: { key: string; rights: readonly AgentRight[] }[] = [
  { key: DEMO_AGENT_KEY, rights: ['customers:read', 'tokens:borrow', 'connections:write', 'sites:lease'] },
  { key: DEMO_VIEWER_KEY, rights: ['customers:read'] },
];

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The rights of the agent whose key is in `Authorization: Bearer <key>`, or null for no/unknown key. */
export function agentRights(authorization: string | string[] | undefined): readonly AgentRight[] | null {
  const key = /^Bearer\s+(\S+)$/i.exec(typeof authorization === 'string' ? authorization : '')?.[1];
  if (key === undefined) return null;
  return AGENTS.find((a) => same(a.key, key))?.rights ?? null;
}
