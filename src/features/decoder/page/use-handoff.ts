import { useEffect } from 'react';
import { useHandoffStore } from '../../../stores/handoff-store';
import { useDecoderStore } from './decoder-store';

/** Loads what the encoder's "Open in decoder" left (once) into the decoder when it opens. */
export function useDecoderHandoff(): void {
  const take = useHandoffStore((state) => state.take);
  const loadTokenAndKey = useDecoderStore((state) => state.loadTokenAndKey);
  useEffect(() => {
    const handoff = take('decoder');
    if (handoff) loadTokenAndKey(handoff.token, handoff.keyText, handoff.secretEncoding);
  }, [take, loadTokenAndKey]);
}
