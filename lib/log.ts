/**
 * A minimal structured logger: one JSON line per event on stderr, with a level, a
 * message and context fields. Errors are reduced to name, message and stack so they
 * serialise.
 */
type Fields = Record<string, unknown>;

function serialise(fields: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
  }
  return out;
}

function write(level: 'info' | 'warn' | 'error', fields: Fields, message: string): void {
  if (process.env.RIZOMA_LOG === 'silent') return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...serialise(fields) });
  if (level === 'info') console.info(line);
  else if (level === 'warn') console.warn(line);
  else console.error(line);
}

export const logger = {
  info: (fields: Fields, message: string) => write('info', fields, message),
  warn: (fields: Fields, message: string) => write('warn', fields, message),
  error: (fields: Fields, message: string) => write('error', fields, message),
};
