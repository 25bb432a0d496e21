// Runs anywhere. Tesla's virtual-key pairing link (reference section 5), opened on the customer's phone.
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** `https://tesla.com/_ak/<partner-domain>?vin=<VIN>`, or null when the domain is not a plain host name. */
export function pairingLink(partnerDomain: string, vin: string): string | null {
  const domain = partnerDomain.trim().toLowerCase();
  if (!DOMAIN.test(domain)) return null;
  return `https://tesla.com/_ak/${domain}?vin=${encodeURIComponent(vin)}`;
}
