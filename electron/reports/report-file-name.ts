// Main process (plain Node). The default name offered in the save dialog:
// `tesla-connect-doctor_<YYYY-MM-DD>_<label>.<ext>`, the label part only when the label is included.

/** A label as a safe file-name part: accents folded, anything but letters, digits, - and _ dropped. */
export function fileNamePart(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

export function reportFileName(date: Date, label: string | null | undefined, ext: 'json' | 'html' | 'pdf'): string {
  const day = date.toISOString().slice(0, 10);
  const part = label ? fileNamePart(label) : '';
  return `tesla-connect-doctor_${day}${part ? `_${part}` : ''}.${ext}`;
}
