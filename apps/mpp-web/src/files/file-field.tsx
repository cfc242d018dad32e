import { UploadField, type UploadFieldProps } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import { useMppFormat } from '../shared/format';

/** The shared upload field in the MPP remote's words and number format. */
export function FileField(props: UploadFieldProps) {
  return <UploadField {...props} t={useT(MPP)} formatNumber={useMppFormat().number} />;
}
