/** The JWS found inside a decrypted JWE, decoded and verified with a key of its own. */
export function NestedToken({ token }: { token: string }) {
  return <section className="pane nested-token" data-testid="nested-token" data-length={token.length} />;
}
