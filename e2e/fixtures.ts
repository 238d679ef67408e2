import { createHmac } from 'node:crypto';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

// Page objects over the data-testid contract (docs/ui-contract.md), exposed as fixtures (tldraw
// style). Specs talk to these, never to raw selectors, so a contract change is one edit here.

export function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

/** A compact JWS from JSON-able header and payload (or raw strings), signed HS256 when a secret is given. */
export function makeToken(header: unknown, payload: unknown, secret?: string): string {
  const encode = (part: unknown) => base64url(typeof part === 'string' ? part : JSON.stringify(part));
  const signingInput = `${encode(header)}.${encode(payload)}`;
  const signature = secret ? createHmac('sha256', secret).update(signingInput).digest('base64url') : base64url('not-a-real-signature');
  return `${signingInput}.${signature}`;
}

/** A 5-part JWE-shaped token: the header is real, the other parts are opaque bytes. */
export function makeJwe(header: unknown): string {
  const bytes = (n: number, seed: number) => base64url(Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) % 256)));
  return [base64url(JSON.stringify(header)), bytes(256, 1), bytes(12, 2), bytes(64, 3), bytes(16, 4)].join('.');
}

/** A JSON payload of about `bytes` bytes whose first member is `marker` (so it shows in a shortened view). */
export function bigPayload(bytes: number, marker: string): Record<string, unknown> {
  const chunk = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const item = `${i}:${chunk}`;
    items.push(item);
    size += item.length + 3;
  }
  return { marker, sub: 'big-token', items };
}

export class DecoderPage {
  readonly tokenInput: Locator;
  readonly headerJson: Locator;
  readonly payloadJson: Locator;
  readonly decodeError: Locator;
  readonly languageSelect: Locator;
  readonly themeSelect: Locator;
  readonly keyInput: Locator;
  readonly exampleButton: Locator;
  readonly clearButton: Locator;
  readonly largeTokenNotice: Locator;
  // Verification (issue 3): the key box and what it says about the key and the signature.
  readonly examplesSelect: Locator;
  readonly secretEncoding: Locator;
  readonly keyFormat: Locator;
  readonly verifyStatus: Locator;
  readonly verifyReason: Locator;
  readonly keyNotes: Locator;
  readonly jwkSummaries: Locator;
  readonly jwkThumbprints: Locator;
  readonly certificateDetails: Locator;
  /** The verification pane (the `<section>` labelled by its heading). */
  readonly verifyPanel: Locator;

  constructor(readonly page: Page) {
    this.tokenInput = page.getByTestId('token-input');
    this.headerJson = page.getByTestId('header-json');
    this.payloadJson = page.getByTestId('payload-json');
    this.decodeError = page.getByTestId('decode-error');
    this.languageSelect = page.getByTestId('language-select');
    this.themeSelect = page.getByTestId('theme-select');
    this.keyInput = page.getByTestId('key-input');
    this.exampleButton = page.getByTestId('example-button');
    this.clearButton = page.getByTestId('clear-button');
    this.largeTokenNotice = page.getByTestId('large-token-notice');
    this.examplesSelect = page.getByTestId('examples-select');
    this.secretEncoding = page.getByTestId('secret-encoding');
    this.keyFormat = page.getByTestId('key-format');
    this.verifyStatus = page.getByTestId('verify-status');
    this.verifyReason = page.getByTestId('verify-reason');
    this.keyNotes = page.getByTestId('key-note');
    this.jwkSummaries = page.getByTestId('jwk-summary');
    this.jwkThumbprints = page.getByTestId('jwk-thumbprint');
    this.certificateDetails = page.getByTestId('certificate-details');
    this.verifyPanel = page.locator('section').filter({ has: this.keyInput });
  }

  /** Opens the decoder (the landing view) and waits until its token input is there. */
  async goto(): Promise<void> {
    await this.page.goto('./');
    await expect(this.tokenInput).toBeVisible();
  }

  /** All colour-coded segments, or only the one with the given `data-part`. */
  parts(part?: string): Locator {
    const all = this.page.getByTestId('token-part');
    return part ? all.and(this.page.locator(`[data-part="${part}"]`)) : all;
  }

  /** The decode error for one part (`structure`, `header`, `payload`, `signature`). */
  errorFor(part: string): Locator {
    return this.decodeError.and(this.page.locator(`[data-part="${part}"]`));
  }

  /** Types the token the way Playwright fills a field (one input event with the whole text). */
  async fillToken(text: string): Promise<void> {
    await this.tokenInput.fill(text);
  }

  /**
   * Pastes `text` over the whole token input through a real `paste` ClipboardEvent, as a user's
   * Ctrl+V does. A synthetic event gets no default action, so when the app does not handle the
   * paste itself, the browser's insertion is replayed (setRangeText + an `insertFromPaste` input).
   */
  async pasteToken(text: string): Promise<void> {
    await this.pasteInto('token-input', text);
  }

  /** Fills the key box (one input event with the whole text). */
  async fillKey(text: string): Promise<void> {
    await this.keyInput.fill(text);
  }

  /** Pastes `text` over the whole key box, as pasteToken does for the token. */
  async pasteKey(text: string): Promise<void> {
    await this.pasteInto('key-input', text);
  }

  /** Chooses an entry of the examples menu (its option value is the example id) and waits until it filled the token. */
  async chooseExample(id: string): Promise<void> {
    await this.examplesSelect.selectOption(id);
    await expect(this.tokenInput).not.toHaveValue('');
  }

  /** The JWK summary (single JWK or JWKS member) with this `kid`. */
  jwkSummary(kid: string): Locator {
    return this.jwkSummaries.and(this.page.locator(`[data-kid="${kid}"]`));
  }

  /** The `key-note` with this `data-note`. */
  keyNote(note: string): Locator {
    return this.keyNotes.and(this.page.locator(`[data-note="${note}"]`));
  }

  private async pasteInto(testId: string, text: string): Promise<void> {
    await this.page.getByTestId(testId).focus();
    await this.page.evaluate(({ testId: id, pasted }) => {
      const el = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      if (!el) throw new Error(`${id} is missing`);
      el.focus();
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.select();
      else window.getSelection()?.selectAllChildren(el);
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', pasted);
      const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
      if (!el.dispatchEvent(event)) return;
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
        el.setRangeText(pasted, el.selectionStart ?? 0, el.selectionEnd ?? el.value.length, 'end');
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: pasted }));
      } else {
        document.execCommand('insertText', false, pasted);
      }
    }, { testId, pasted: text });
  }

  async chooseLanguage(locale: 'en' | 'ko'): Promise<void> {
    await this.languageSelect.selectOption(locale);
    await expect(this.page.locator('html')).toHaveAttribute('lang', locale);
  }
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  failure?: string;
}

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
}

/**
 * Everything a browsing context does that could reach a network or signal a problem: every
 * request (pages, workers and service workers), websockets, service workers, console errors,
 * uncaught errors and CSP violations (reported from the page through a binding, which survives
 * navigations and stores nothing in the page).
 */
export class RequestRecorder {
  readonly requests: RecordedRequest[] = [];
  readonly websockets: string[] = [];
  readonly serviceWorkers: string[] = [];
  readonly popups: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly cspViolations: CspViolation[] = [];

  private constructor(private readonly context: BrowserContext) {}

  static async attach(context: BrowserContext): Promise<RequestRecorder> {
    const recorder = new RequestRecorder(context);
    await recorder.listen();
    return recorder;
  }

  private async listen(): Promise<void> {
    const { context } = this;
    context.on('request', (request) => {
      this.requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType() });
    });
    context.on('requestfailed', (request) => {
      const entry = this.requests.find((r) => r.url === request.url() && r.failure === undefined);
      const failure = request.failure()?.errorText ?? 'failed';
      if (entry) entry.failure = failure;
      else this.requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), failure });
    });
    context.on('serviceworker', (worker) => this.serviceWorkers.push(worker.url()));
    context.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    context.on('weberror', (error) => this.pageErrors.push(String(error.error())));
    const watchPage = (page: Page) => {
      page.on('websocket', (socket) => this.websockets.push(socket.url()));
      page.on('popup', (popup) => this.popups.push(popup.url()));
    };
    context.pages().forEach(watchPage);
    context.on('page', watchPage);
    for (const worker of context.serviceWorkers()) this.serviceWorkers.push(worker.url());

    await context.exposeBinding('__e2eReportCspViolation', (_source, violation: CspViolation) => {
      this.cspViolations.push(violation);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __e2eReportCspViolation?: (v: unknown) => Promise<void> }).__e2eReportCspViolation;
        void report?.({ directive: event.violatedDirective, blockedURI: event.blockedURI, sample: event.sample });
      });
    });
  }

  /** Requests whose origin is not `origin` (data: URLs never leave the page and are allowed). */
  offOrigin(origin: string): RecordedRequest[] {
    return this.requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin);
  }
}

/** The encoder view (`#/encode`, issue 6): header/payload editors, algorithm, signing key and the signed token. */
export class EncoderPage {
  readonly heading: Locator;
  readonly header: Locator;
  readonly payload: Locator;
  readonly payloadError: Locator;
  readonly alg: Locator;
  readonly key: Locator;
  readonly secretEncoding: Locator;
  readonly generateKeyButton: Locator;
  readonly rsaBits: Locator;
  readonly publicKey: Locator;
  readonly token: Locator;
  readonly error: Locator;
  readonly warnings: Locator;
  readonly noneConfirm: Locator;
  readonly openInDecoderButton: Locator;
  readonly downloadTokenButton: Locator;
  readonly exportFormat: Locator;
  readonly exportText: Locator;
  readonly exportDownloadButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.header = page.getByTestId('encoder-header');
    this.payload = page.getByTestId('encoder-payload');
    this.payloadError = page.getByTestId('encoder-payload-error');
    this.alg = page.getByTestId('encoder-alg');
    this.key = page.getByTestId('encoder-key');
    this.secretEncoding = page.getByTestId('encoder-secret-encoding');
    this.generateKeyButton = page.getByTestId('encoder-generate-key');
    this.rsaBits = page.getByTestId('encoder-rsa-bits');
    this.publicKey = page.getByTestId('encoder-public-key');
    this.token = page.getByTestId('encoder-token');
    this.error = page.getByTestId('encoder-error');
    this.warnings = page.getByTestId('encoder-warning');
    this.noneConfirm = page.getByTestId('encoder-none-confirm');
    this.openInDecoderButton = page.getByTestId('encoder-open-in-decoder');
    this.downloadTokenButton = page.getByTestId('encoder-download-token');
    this.exportFormat = page.getByTestId('encoder-export-format');
    this.exportText = page.getByTestId('encoder-export');
    this.exportDownloadButton = page.getByTestId('encoder-export-download');
  }

  /** Opens the encoder by its URL and waits until its editors are there (the view loads on demand). */
  async goto(): Promise<void> {
    await this.page.goto('./#/encode');
    await expect(this.header).toBeVisible();
  }

  async chooseAlg(alg: string): Promise<void> {
    await this.alg.selectOption(alg);
  }

  /** Generates a key for the chosen algorithm and waits until it is in the key box. */
  async generateKey(): Promise<void> {
    await this.generateKeyButton.click();
    await expect(this.key).not.toHaveValue('');
  }

  /** Waits for a token made from the current inputs (not an earlier one still shown while signing) and returns it. */
  async signedToken(): Promise<string> {
    await expect(this.token).toHaveText(/^[\w-]+\.[\w-]+\.[\w-]*$/);
    await expect(this.openInDecoderButton).toBeEnabled();
    return (await this.token.textContent()) ?? '';
  }

  /** The `encoder-error` when it has this code. */
  errorWithCode(code: string): Locator {
    return this.error.and(this.page.locator(`[data-code="${code}"]`));
  }

  async openInDecoder(): Promise<void> {
    await this.openInDecoderButton.click();
  }
}

/** The decoder's security findings (`finding` hooks: `data-rule`, `data-severity`). */
export class FindingsPanel {
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.findings = page.getByTestId('finding');
  }

  /** The findings of one rule. */
  rule(id: string): Locator {
    return this.findings.and(this.page.locator(`[data-rule="${id}"]`));
  }
}

/** The rule pages: `#/rules` (every rule) and `#/rules/<id>`. */
export class RulesPages {
  readonly items: Locator;
  readonly rulePage: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.items = page.getByTestId('rule-list-item');
    this.rulePage = page.getByTestId('rule-page');
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async gotoIndex(): Promise<void> {
    await this.page.goto('./#/rules');
  }

  async gotoRule(id: string): Promise<void> {
    await this.page.goto(`./#/rules/${id}`);
  }

  /** The rule ids listed on `#/rules`, in page order. */
  async listedIds(): Promise<string[]> {
    return this.items.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-rule') ?? ''));
  }
}

/** Resolves once the page has drawn `count` more frames. */
export async function waitForFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (left) =>
      new Promise<void>((resolve) => {
        const onFrame = () => (--left === 0 ? resolve() : requestAnimationFrame(onFrame));
        requestAnimationFrame(onFrame);
      }),
    count,
  );
}

/**
 * The user goes to another tab (to fetch a token, say): the page is told it is hidden, which registers
 * its service worker at once instead of after 10 s alone. Headless Chromium keeps every page visible,
 * and the app reads only `document.visibilityState` and its `visibilitychange` event.
 */
export async function leaveForAnotherTab(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

interface Fixtures {
  decoder: DecoderPage;
  encoder: EncoderPage;
  findings: FindingsPanel;
  rules: RulesPages;
  recorder: RequestRecorder;
}

export const test = base.extend<Fixtures>({
  recorder: async ({ context }, use) => {
    await use(await RequestRecorder.attach(context));
  },
  decoder: async ({ page }, use) => {
    await use(new DecoderPage(page));
  },
  encoder: async ({ page }, use) => {
    await use(new EncoderPage(page));
  },
  findings: async ({ page }, use) => {
    await use(new FindingsPanel(page));
  },
  rules: async ({ page }, use) => {
    await use(new RulesPages(page));
  },
});

export { expect };
