import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('needs no variables at all: port 3000 on the embedded database in ./data', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('file://./data');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lets a command-line flag override the environment', () => {
    expect(loadConfig({ PORT: '4000' }, { PORT: '5000' }).PORT).toBe(5000);
  });

  it('names every bad variable and what it expects, in one message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(3);
    expect(message).toMatch(/PORT="eighty" is not valid: expected a TCP port number/);
    expect(message).toMatch(/DATABASE_URL="mysql:\/\/x" is not valid: expected file:\/\/DIR/);
    expect(message).toMatch(/LOG_LEVEL="loud" is not valid: expected one of fatal, error/);
  });

  it('ignores empty values and unrelated variables', () => {
    expect(loadConfig({ PORT: '', HOME: '/root' }).PORT).toBe(3000);
  });
});
