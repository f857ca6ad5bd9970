import { makeIdNumber } from '@bangfu/api/testing';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalDataIn } from '../../../../packages/api/src/trust/authz/personal-data';
import type { Logger } from '../logger';
import { accessLog, pathWithoutQuery } from './access-log';
import { serveOnLoopback } from './serve-for-tests';

// The access log alone, with a logger that keeps raw fields: the redaction the real logger adds
// must not be what keeps a query's input out of the line.
describe('access log', () => {
  const lines: { msg: string; fields: Record<string, unknown> }[] = [];
  const keep = (msg: string, fields?: Record<string, unknown>) => {
    lines.push({ msg, fields: fields ?? {} });
  };
  const logger: Logger = { debug: keep, info: keep, warn: keep, error: keep };
  let base = '';
  let close: () => void;
  beforeAll(async () => {
    const app = express();
    app.use(accessLog(logger));
    app.get('/healthz', (_req, res) => res.json({ ok: true }));
    app.get('/assets/app.js', (_req, res) => res.type('js').send('1'));
    app.get('/trpc/households.list', (_req, res) => res.status(401).json({ error: 'no session' }));
    // As the tRPC context does once it has resolved the session.
    app.get('/trpc/auth.me', (_req, res) => {
      res.locals.who = { userId: '01a2-user', householdId: undefined };
      res.json({});
    });
    ({ base, close } = await serveOnLoopback(app));
  });
  afterAll(() => close?.());

  it('logs method, path without the query, status and duration; never the input', async () => {
    const idNumber = makeIdNumber('520302', '19750505');
    const input = encodeURIComponent(JSON.stringify({ q: idNumber, phone: '13812341234' }));
    expect((await fetch(`${base}/trpc/households.list?input=${input}`)).status).toBe(401);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line?.msg).toBe('request');
    expect(line?.fields).toEqual({
      method: 'GET',
      path: '/trpc/households.list',
      status: 401,
      ms: expect.any(Number),
    });
    const text = JSON.stringify(line);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain('input');
    expect(personalDataIn(text)).toEqual([]);
  });

  it('names the signed-in user by id', async () => {
    lines.length = 0;
    expect((await fetch(`${base}/trpc/auth.me`)).status).toBe(200);
    expect(lines[0]?.fields).toMatchObject({ path: '/trpc/auth.me', status: 200, userId: '01a2-user' });
  });

  it('skips health probes and static files', async () => {
    lines.length = 0;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(200);
    expect(lines).toEqual([]);
  });

  it('cuts the query and the fragment off a path', () => {
    expect(pathWithoutQuery('/trpc/a,b?batch=1&input=%7B%7D')).toBe('/trpc/a,b');
    expect(pathWithoutQuery('/api/x#y')).toBe('/api/x');
    expect(pathWithoutQuery('/trpc/a')).toBe('/trpc/a');
  });
});
