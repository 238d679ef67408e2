import { useEffect } from 'react';
import { useHandoffStore } from '../../stores/handoff-store';
import { useEncoderStore } from './encoder-store';

/** Loads what the decoder's "Edit in encoder" left (once), when the encoder opens. */
export function useEncoderHandoff(): void {
  const take = useHandoffStore((state) => state.take);
  const loadHandoff = useEncoderStore((state) => state.loadHandoff);
  useEffect(() => {
    const handoff = take('encoder');
    if (handoff) loadHandoff(handoff);
  }, [take, loadHandoff]);
}
