import { inspectToken } from '../../../core/inspect-token';

export interface InspectRequest {
  id: number;
  text: string;
}

/** Worker entry: inspects large tokens off the main thread so typing never stalls. */
self.addEventListener('message', (event: MessageEvent<InspectRequest>) => {
  const { id, text } = event.data;
  self.postMessage({ id, report: inspectToken(text) });
});
