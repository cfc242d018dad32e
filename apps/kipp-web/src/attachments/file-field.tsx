import { UploadField, type UploadFieldProps } from '@simpul/ui';
import { useFormat, useT } from '@simpul/web-kit';
import { KIPP } from '../messages';

/** The shared upload field in the KIPP remote's words and number format. */
export function FileField(props: UploadFieldProps) {
  return <UploadField {...props} t={useT(KIPP)} formatNumber={useFormat().number} />;
}
