// Runs anywhere (the headless `explain` command and the renderer's Explain screen, offline). Takes anything a
// person pastes — a Fleet API body, an HTTP log line, a platform's command-status reason, a Tesla app or Home
// Assistant message — and names the cause, who fixes it and how. Unknown text is never guessed: it gets
// `matched: false` and the nearest known causes. The words come from the text catalogue in the caller's
// language (`t`); the result keeps the cause's id, actor and check for scripts (`explain --format json`).
import type { Translate } from '@shared/text/resolve-params';
import { causeWords } from './cause-words';
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
  /**
   * high: Tesla's own text for the cause was found; medium: only a status that has one meaning; low: a
   * status with several (or a library's wording of one, which says no more).
   */
  confidence: ExplainConfidence;
  /** For a low-confidence answer: that it is one, and what to paste for a sure one. */
  hint?: string;
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

/** Words of Tesla's texts (and of the cause's id) per cause: the catalogue's own words, in no language of ours. */
const CAUSE_WORDS = ERROR_CATALOGUE.map((c) => ({
  cause: c,
  words: words(normalizeErrorText([c.id.replace(/[._]/g, ' '), ...c.examples].join(' '))),
}));

/**
 * How telling a word is: rare across causes weighs more ("paired" names a few, "tesla" nearly all). A word
 * no cause has weighs as much as the rarest, so a paste of other words pulls every score down.
 */
const DOC_FREQ = new Map<string, number>();
for (const { words: ws } of CAUSE_WORDS) for (const w of ws) DOC_FREQ.set(w, (DOC_FREQ.get(w) ?? 0) + 1);
const weight = (w: string) => Math.log((CAUSE_WORDS.length + 1) / (DOC_FREQ.get(w) ?? 1));
const CAUSE_NORM = new Map(
  CAUSE_WORDS.map(({ cause, words: ws }) => [cause.id, Math.sqrt([...ws].reduce((sum, w) => sum + weight(w) ** 2, 0))]),
);

/**
 * Below this a suggestion shares only common words with the paste ("platform", "app", "charge"): it would
 * send the installer down an unrelated path, so it is not shown (issue 23, wrong signal 10). Measured on
 * plain-words pastes: related causes score 0.12–0.45, unrelated ones 0.10 at most. A suggestion under half
 * the best one's score is left out for the same reason.
 */
export const MIN_NEAREST_SCORE = 0.11;

/** Known causes sharing the most telling words with the text, best first (for text the catalogue does not know). */
export function nearestCauses(normalized: string, t: Translate, limit = 3): NearCause[] {
  const mine = words(normalized);
  if (mine.size === 0) return [];
  const mineNorm = Math.sqrt([...mine].reduce((sum, w) => sum + weight(w) ** 2, 0));
  return CAUSE_WORDS.map(({ cause, words: theirs }) => {
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared += weight(w) ** 2;
    const norm = mineNorm * (CAUSE_NORM.get(cause.id) ?? 0);
    return { cause, score: norm === 0 ? 0 : shared / norm };
  })
    .filter((x) => x.score >= MIN_NEAREST_SCORE)
    .sort((a, b) => b.score - a.score)
    .filter((x, _, best) => x.score >= best[0]!.score / 2)
    .slice(0, limit)
    .map(({ cause, score }) => ({
      cause: cause.id,
      title: causeWords(cause.id, t).title,
      actor: cause.actor,
      checkId: cause.checkId,
      score: Math.round(score * 100) / 100,
    }));
}

/** Statuses that, alone, name one cause; the others (400, 403, 500, …) have several. */
const SPECIFIC_STATUSES = new Set([401, 408, 412, 421, 423, 424, 429, 540]);

export function explainError(text: string, t: Translate): ExplainResult {
  const normalized = normalizeErrorText(text.slice(0, MAX_ERROR_TEXT));
  const status = statusInText(normalized);
  const retryAfterSeconds = retryAfterInText(normalized);
  const byText = causeByText(normalized);
  const request = /\/operation\b/.test(normalized) ? 'POST /operation' : null;
  const cause = byText ?? (status === undefined ? null : causeByStatus(status, request));
  if (!cause) {
    return {
      matched: false,
      nearest: nearestCauses(normalized, t),
      hint: t('explain.hint.unknown'),
    };
  }
  const confidence: ExplainConfidence =
    byText && !byText.generic
      ? 'high'
      : status !== undefined && (SPECIFIC_STATUSES.has(status) || cause.id === 'energy.tou_without_tariff')
        ? 'medium'
        : 'low';
  const via = HOME_ASSISTANT_WRAPPERS.some((w) => w.test(normalized)) ? 'Home Assistant' : undefined;
  const words = causeWords(cause.id, t);
  return {
    matched: true,
    cause: cause.id,
    title: words.title,
    meaning: words.meaning,
    actor: cause.actor,
    ...(words.until ? { waitUntil: words.until } : {}),
    checkId: cause.checkId,
    fix: words.fix,
    confidence,
    ...(confidence === 'low' ? { hint: t('explain.hint.exactText') } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    ...(via ? { via } : {}),
    sources: cause.sources,
  };
}
