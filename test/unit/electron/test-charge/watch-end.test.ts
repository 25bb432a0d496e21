// Past its end a test's watch counts readings, not the clock: late answers must not cut it short of seeing
// the site after its expected response, or of a stretch under way; and it always ends.
import { describe, expect, it } from 'vitest';
import { EXPECTED_RESPONSE_SECONDS } from '@main/test-charge/poll-schedule';
import { MAX_PAST_END_READINGS, pastEndDue, readsPastEnd, respondedBy } from '@main/test-charge/watch-end';
import { SUSTAIN_SECONDS } from '@shared/test-charge/verdict';

describe('the watch past its end', () => {
  it('the site shows its response once its expected response and a sustained stretch after it are past', () => {
    expect(respondedBy(1_000, 5)).toBe(1_000 + (EXPECTED_RESPONSE_SECONDS + SUSTAIN_SECONDS) * 1000);
    // A very short test needs a shorter stretch (a quarter of it), never a shorter response.
    expect(respondedBy(0, 0.1)).toBe((EXPECTED_RESPONSE_SECONDS + 1.5) * 1000);
  });

  it('reads on while the battery moves as asked, or while no reading showed the site after it could act', () => {
    expect(readsPastEnd({ reading: 'moving', pastEnd: 0, seenAfterResponse: true })).toBe(true);
    expect(readsPastEnd({ reading: 'still', pastEnd: 0, seenAfterResponse: false })).toBe(true);
    expect(readsPastEnd({ reading: 'changed', pastEnd: 2, seenAfterResponse: false })).toBe(true);
  });

  it('ends at once on a still site it has seen after the response, and after a few readings whatever they show', () => {
    expect(readsPastEnd({ reading: 'still', pastEnd: 0, seenAfterResponse: true })).toBe(false);
    expect(readsPastEnd({ reading: 'changed', pastEnd: 0, seenAfterResponse: true })).toBe(false);
    expect(readsPastEnd({ reading: 'moving', pastEnd: MAX_PAST_END_READINGS, seenAfterResponse: true })).toBe(false);
    expect(readsPastEnd({ reading: 'still', pastEnd: MAX_PAST_END_READINGS, seenAfterResponse: false })).toBe(false);
  });

  it('reads densely, but not before the site could have answered', () => {
    expect(pastEndDue(60_000, true, 90_000)).toBe(63_000);
    expect(pastEndDue(60_000, false, 90_000)).toBe(90_000);
    expect(pastEndDue(95_000, false, 90_000)).toBe(98_000);
  });
});
