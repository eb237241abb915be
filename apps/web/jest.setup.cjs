// Browser APIs jsdom lacks but Mantine and react-router use, then the jest-dom matchers.
require('@testing-library/jest-dom');
// findBy…/waitFor wait for mocked answers and Mantine's first render of a whole page: 1 s
// (the default) is not enough on a loaded 2-core machine, where a large form renders in 2-3 s.
require('@testing-library/react').configure({ asyncUtilTimeout: 5000 });

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;
Element.prototype.scrollIntoView = () => undefined;

// jsdom throws on pseudo-element arguments that Mantine passes.
const { getComputedStyle } = window;
window.getComputedStyle = (element) => getComputedStyle(element);

afterEach(() => {
  window.localStorage.clear();
  document.cookie.split(';').forEach((cookie) => {
    const name = cookie.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });
});
