// jsdom plus the WHATWG fetch classes Node already has (react-router builds a Request for
// every navigation; jsdom does not provide one).
const JsdomEnvironment = require('jest-environment-jsdom').default;

class BrowserLikeEnvironment extends JsdomEnvironment {
  async setup() {
    await super.setup();
    for (const name of [
      'Request',
      'Response',
      'Headers',
      'fetch',
      'FormData',
      'AbortController',
      'AbortSignal',
      'TextEncoder',
      'TextDecoder',
      'ReadableStream',
      'structuredClone',
    ]) {
      if (
        this.global[name] === undefined ||
        name === 'Request' ||
        name === 'AbortController' ||
        name === 'AbortSignal'
      )
        this.global[name] = globalThis[name];
    }
  }
}

module.exports = BrowserLikeEnvironment;
