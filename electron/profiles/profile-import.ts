// Main process (plain Node). Reads a profiles file an IT department rolls out: zod-validated, with errors
// that name the field and say what to fix. A file carrying a secret is refused outright: secrets are typed
// in once by an administrator and go to the keychain only.
import { z } from 'zod';
import { TeslaProfileSchema, type TeslaProfile } from '@shared/contract/areas/profiles';
import { UserFacingError } from '../ipc/handler-types';

// Either { "profiles": [ ... ] } or one profile object; picked by shape so errors name the real field.
const ListFileSchema = z.object({ profiles: z.array(TeslaProfileSchema).min(1).max(50) }).strict();
const SingleFileSchema = TeslaProfileSchema.transform((p) => ({ profiles: [p] }));

const SECRET_KEYS = /secret|password|token|private|agent_?key/i;

function findSecretKey(value: unknown, trail: string[] = []): string | null {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = findSecretKey(v, [...trail, String(i)]);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (SECRET_KEYS.test(k) && typeof v === 'string') return [...trail, k].join('.');
      const hit = findSecretKey(v, [...trail, k]);
      if (hit) return hit;
    }
  }
  return null;
}

export function parseProfilesFile(text: string): TeslaProfile[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UserFacingError('profiles_not_json');
  }
  const secretAt = findSecretKey(raw);
  if (secretAt) {
    throw new UserFacingError('profiles_secret', { path: secretAt });
  }
  const isList = !!raw && typeof raw === 'object' && !Array.isArray(raw) && 'profiles' in raw;
  const parsed = isList ? ListFileSchema.safeParse(raw) : SingleFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`)
      .join('; ');
    throw new UserFacingError('profiles_invalid', { problems });
  }
  const ids = parsed.data.profiles.map((p) => p.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new UserFacingError('profiles_duplicate', { id: dup });
  return parsed.data.profiles;
}
