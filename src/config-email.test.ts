import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return '';
};

describe('email configuration', () => {
  it('is off unless SMTP_URL is set, and then takes the sender address from MAIL_FROM', () => {
    expect(loadConfig({}).SMTP_URL).toBeUndefined();
    const config = loadConfig({
      SMTP_URL: 'smtps://mailer:s3cret@smtp.example.com:465',
      MAIL_FROM: 'feedback@example.com',
    });
    expect(config.SMTP_URL).toBe('smtps://mailer:s3cret@smtp.example.com:465');
    expect(config.MAIL_FROM).toBe('feedback@example.com');
  });

  it('asks for MAIL_FROM when SMTP_URL is set without it', () => {
    expect(problemsOf({ SMTP_URL: 'smtp://localhost:2525' })).toMatch(
      /MAIL_FROM=\(missing\) is not valid: expected the address mail is sent from, since SMTP_URL is set/,
    );
  });

  it('never prints a bad SMTP_URL, which may hold a password', () => {
    const message = problemsOf({ SMTP_URL: 'http://mailer:s3cret@smtp.example.com' });
    expect(message).toMatch(/SMTP_URL=\(value not shown\) is not valid: expected smtp:\/\/USER/);
    expect(message).not.toContain('s3cret');
  });

  it('refuses a no-reply sender: people answer the person who wrote to them', () => {
    const message = problemsOf({
      SMTP_URL: 'smtp://localhost:2525',
      MAIL_FROM: 'noreply@example.com',
    });
    expect(message).toMatch(
      /MAIL_FROM="noreply@example.com" is not valid: expected an address people may answer/,
    );
  });
});
