import { isSdJwtText } from '../../../core/sd-jwt/split-sd-jwt';
import type { DecodedToken } from '../../../core/token/decoded-token';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';

// The SD-JWT section and its hashing load only for a `~`-separated token: most tokens pasted are plain JWTs.
const sdJwtSectionCode = createModuleLoader(() => import('./SdJwtSection'));

/** The SD-JWT section (disclosures, hidden claims, key binding) for a JWS pasted with `~`-separated parts; nothing otherwise. */
export function LazySdJwtSection({ decoded }: { decoded: DecodedToken }) {
  const wanted = decoded.kind === 'jws' && isSdJwtText(decoded.normalisation.text);
  const module = useLoadedModule(sdJwtSectionCode, wanted);
  return wanted && module ? <module.SdJwtSection decoded={decoded} /> : null;
}
