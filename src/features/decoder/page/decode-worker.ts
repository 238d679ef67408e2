import { inspectForView } from './inspect-for-view';

export interface DecodeRequest {
  id: number;
  text: string;
}

/** Worker entry: decodes large tokens off the main thread so typing never stalls. */
self.addEventListener('message', (event: MessageEvent<DecodeRequest>) => {
  const { id, text } = event.data;
  self.postMessage({ id, view: inspectForView(text) });
});
