// The RFC 9901 examples stay beside the core tests that read them (core imports only core); end-to-end
// specs, which import only e2e/ and src/testing, take them from here.
export { RFC9901, rfc9901Example, type Rfc9901Example } from '../core/sd-jwt/test-support/rfc9901-examples';
