// The e2e servers' ports: 4173 and the two after it unless
// SHINCHOKU_E2E_PORT names another first port (two checkouts running their
// e2e suites at once on one machine). ORIGIN serves dist/ under a sub-path,
// CSP_ORIGIN the same under the strict Content-Security-Policy, HOST_ORIGIN
// an intranet-like page on another origin that embeds them.
const FIRST = Number(process.env.SHINCHOKU_E2E_PORT || 4173);
const origin = (port) => `http://127.0.0.1:${port}/`;
module.exports = {
  PORT: FIRST,
  CSP_PORT: FIRST + 1,
  HOST_PORT: FIRST + 2,
  ORIGIN: origin(FIRST),
  CSP_ORIGIN: origin(FIRST + 1),
  HOST_ORIGIN: origin(FIRST + 2),
};
