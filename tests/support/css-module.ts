/** CSS Modules in tests: every class name maps to itself, so rendered markup stays readable. */
const styles: Record<string, string> = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? key : '') });
export default styles;
