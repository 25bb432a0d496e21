// Renderer: the virtual-key pairing link as a large QR code (SVG in a data URL: the CSP allows img data:),
// for the customer's phone to scan, with the link itself underneath. The QR encoder is fetched when a
// pairing link is first shown (most checklists have none).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function PairingQr({ url }: { url: string }) {
  const { t } = useTranslation();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then(({ default: QRCode }) => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then(
        (svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
        () => live && setSrc(null),
      );
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <figure className="ck-qr" data-testid="pairing-qr">
      <figcaption>{t('checklist.pairing.heading')}</figcaption>
      {src && <img src={src} width={320} height={320} alt={t('checklist.pairing.alt', { url })} data-url={url} />}
      <p>
        {t('checklist.pairing.link')}: <code className="ck-link">{url}</code>
      </p>
    </figure>
  );
}
