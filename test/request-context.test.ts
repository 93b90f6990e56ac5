import { startTestApp, type TestApp } from './helpers/app';
import type { Viewer } from '../src/auth/viewer';
import { DisclosurePolicy, Role } from '../src/auth/role';
import { withEntityManager, type Context } from '../src/pipeline/context';

/** As Apollo copies every request's context before running it (`cloneObject` in @apollo/server). */
const apolloCopy = (ctx: Context): Context => Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as Context, ctx);

describe("a request's context", () => {
  let app: TestApp;
  const viewer: Viewer = {
    actorKind: 'API_KEY',
    actorId: 'ctxtest00001',
    clientId: null,
    clientName: 'context test',
    role: Role.WELFARE_ANALYST,
    jurisdiction: { kind: 'NATIONAL' },
    disclosure: DisclosurePolicy.NONE,
    budgetPerMinute: 1000,
  };
  beforeAll(async () => {
    app = await startTestApp({ demoData: false });
  });
  afterAll(() => app.close());

  it('forks no entity manager when copied, and the context and its copy share the one they fork on first use', () => {
    const fork = jest.spyOn(app.orm.em, 'fork');
    try {
      const ctx = app.server.kernel.createRequestContext(viewer, 'ctx-test-1', 'graphql');
      const copy = apolloCopy(ctx);
      expect(fork).not.toHaveBeenCalled();
      expect(copy.loaders).toBe(ctx.loaders);
      const em = copy.em;
      expect(fork).toHaveBeenCalledTimes(1);
      expect(ctx.em).toBe(em);
      expect(copy.em).toBe(em);
      expect(fork).toHaveBeenCalledTimes(1);
      expect(copy.logger).toBe(ctx.logger);
    } finally {
      fork.mockRestore();
    }
  });

  it('gives a context its own manager when one is set on it, and a transaction its own context', () => {
    const ctx = app.server.kernel.createRequestContext(viewer, 'ctx-test-2', 'graphql');
    const copy = apolloCopy(ctx);
    const primary = ctx.em;
    const other = app.orm.em.fork();
    copy.em = other;
    expect(copy.em).toBe(other);
    expect(ctx.em).toBe(primary);
    const tx = app.orm.em.fork();
    const inner = withEntityManager(copy, tx);
    expect(inner.em).toBe(tx);
    expect(inner.loaders).not.toBe(copy.loaders);
    expect(inner.viewer).toBe(viewer);
    expect(inner.logger).toBe(copy.logger);
    expect(copy.em).toBe(other);
    expect(Object.keys(ctx)).toEqual(['viewer', 'requestId', 'sql', 'scope', 'loaders', 'budget', 'people']);
  });
});
