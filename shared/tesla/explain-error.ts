// Runs anywhere (the headless `explain` command and the renderer's Explain screen, offline). Takes anything a
// person pastes — a Fleet API body, an HTTP log line, a platform's command-status reason, a Tesla app or Home
// Assistant message — and names the cause, who fixes it and how. Unknown text is never guessed: it gets
// `matched: false` and the nearest known causes.
import {
  ERROR_CATALOGUE,
  HOME_ASSISTANT_WRAPPERS,
  type CauseActor,
  type CauseCheckId,
  type CauseFix,
} from './error-catalogue';
import { causeByStatus, causeByText, MAX_ERROR_TEXT, normalizeErrorText } from './classify-error';

export type ExplainConfidence = 'high' | 'medium' | 'low';

export interface ExplainMatched {
  matched: true;
  cause: string;
  title: string;
  meaning: string;
  actor: CauseActor;
  waitUntil?: string;
  checkId: CauseCheckId;
  fix: CauseFix;
  /** high: a known text was found; medium: only a status that has one meaning; low: a status with several. */
  confidence: ExplainConfidence;
  /** The HTTP status found in the text, if any. */
  status?: number;
  /** Seconds Tesla asked to wait (Retry-After, "Retry in N seconds"), if the text says. */
  retryAfterSeconds?: number;
  /** 'Home Assistant' when the text is one of Home Assistant's wrappers around Tesla's message. */
  via?: string;
  sources: string[];
}

export interface NearCause {
  cause: string;
  title: string;
  actor: CauseActor;
  checkId: CauseCheckId;
  /** 0..1: how many of the words are shared. */
  score: number;
}

export interface ExplainUnmatched {
  matched: false;
  nearest: NearCause[];
  hint: string;
}

export type ExplainResult = ExplainMatched | ExplainUnmatched;

const STATUS_WORDS =
  'bad request|unauthorized|payment required|forbidden|not found|request timeout|gone|precondition failed|misdirected request|unprocessable entity|locked|failed dependency|too many requests|internal server error|bad gateway|service unavailable|gateway timeout';
const STATUS_PATTERNS: RegExp[] = [
  /\bhttp\/[\d.]+ ([1-5]\d\d)\b/,
  /"(?:status|status_code|code)" ?: ?([1-5]\d\d)\b/,
  /(?:\bstatus(?: code)?|\banswered|\breturned|->|=>|\berror|\bcode)[: =]*([1-5]\d\d)\b/,
  new RegExp(`\\b([1-5]\\d\\d):? (?:${STATUS_WORDS})\\b`),
  /^([1-5]\d\d)\b/,
];

/** The HTTP status a pasted text names, if it names one clearly. */
export function statusInText(normalized: string): number | undefined {
  for (const p of STATUS_PATTERNS) {
    const m = p.exec(normalized);
    if (m?.[1]) {
      const n = Number(m[1]);
      if (n >= 400 && n < 600) return n;
    }
  }
  return undefined;
}

function retryAfterInText(normalized: string): number | undefined {
  const m =
    /\bretry-after"?:? ?"?(\d{1,7})\b/.exec(normalized) ??
    /\bretry in (\d{1,7}) seconds\b/.exec(normalized) ??
    /\bratelimit-reset"?:? ?"?(\d{1,7})\b/.exec(normalized);
  return m?.[1] ? Number(m[1]) : undefined;
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'this',
  'that',
  'you',
  'your',
  'are',
  'was',
  'not',
  'has',
  'have',
  'from',
  'https',
  'http',
  'com',
  'www',
  'response',
  'null',
  'error',
  'error_description',
]);
function words(text: string): Set<string> {
  return new Set(text.split(/[^a-z0-9_]+/).filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w)));
}

const CAUSE_WORDS = ERROR_CATALOGUE.map((c) => ({
  cause: c,
  words: words(normalizeErrorText([c.title, ...c.examples].join(' '))),
}));

/** Known causes sharing the most words with the text, best first (for text the catalogue does not know). */
export function nearestCauses(normalized: string, limit = 3): NearCause[] {
  const mine = words(normalized);
  if (mine.size === 0) return [];
  return CAUSE_WORDS.map(({ cause, words: theirs }) => {
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared += 1;
    const score = theirs.size === 0 ? 0 : shared / Math.sqrt(mine.size * theirs.size);
    return { cause, score };
  })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ cause, score }) => ({
      cause: cause.id,
      title: cause.title,
      actor: cause.actor,
      checkId: cause.checkId,
      score: Math.round(score * 100) / 100,
    }));
}

/** Statuses that, alone, name one cause; the others (400, 403, 500, …) have several. */
const SPECIFIC_STATUSES = new Set([401, 408, 412, 421, 423, 424, 429, 540]);

export function explainError(text: string): ExplainResult {
  const normalized = normalizeErrorText(text.slice(0, MAX_ERROR_TEXT));
  const status = statusInText(normalized);
  const retryAfterSeconds = retryAfterInText(normalized);
  const byText = causeByText(normalized);
  const request = /\/operation\b/.test(normalized) ? 'POST /operation' : null;
  const cause = byText ?? (status === undefined ? null : causeByStatus(status, request));
  if (!cause) {
    return {
      matched: false,
      nearest: nearestCauses(normalized),
      hint: 'The doctor does not know this text. Paste Tesla’s whole answer (the JSON body or the log line with its status), or export the report and send it to support.',
    };
  }
  const confidence: ExplainConfidence = byText
    ? 'high'
    : status !== undefined && (SPECIFIC_STATUSES.has(status) || cause.id === 'energy.tou_without_tariff')
      ? 'medium'
      : 'low';
  const via = HOME_ASSISTANT_WRAPPERS.some((w) => w.test(normalized)) ? 'Home Assistant' : undefined;
  return {
    matched: true,
    cause: cause.id,
    title: cause.title,
    meaning: cause.meaning,
    actor: cause.actor,
    ...(cause.waitUntil ? { waitUntil: cause.waitUntil } : {}),
    checkId: cause.checkId,
    fix: cause.fix,
    confidence,
    ...(status !== undefined ? { status } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    ...(via ? { via } : {}),
    sources: cause.sources,
  };
}
