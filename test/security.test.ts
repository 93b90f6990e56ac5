import { startTestApp, type TestApp } from './helpers/app';
import { MatchIdentityDocument, ReinstateClientDocument, SecurityAlertsDocument, VerifyOffendersDocument } from './generated/graphql';
import { Role } from '../src/auth/role';
import { EnumerationGuard, neighbours } from '../src/security/enumeration-guard';
import { createLogger } from '../src/logger';
import { DEFAULT_DETECTORS, pakistanDay, secondsToPakistanMidnight } from '../src/security/thresholds';
import type { Cnic } from '../src/common/cnic';
import type { Viewer } from '../src/auth/viewer';

const match = (cnic: string) => ({
  input: { cnic, name: 'Somebody', purpose: 'EMPLOYMENT_SCREENING' as const, consentRef: 'C-1' },
});
/** CNICs that exist nowhere: Punjab locality, random-looking serials. */
const unknown = (i: number) => `35201${String(1_000_003 + i * 7_919).padStart(7, '0')}1`;

describe('anti-enumeration', () => {
  let app: TestApp;
  let auditor: string;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp({
      env: { ENUMERATION_NOT_FOUND_MIN_LOOKUPS: '10', ENUMERATION_NOT_FOUND_SHARE: '0.6', ENUMERATION_SEQUENTIAL_MAX: '4' },
    });
    auditor = await app.key(Role.AUDITOR);
    admin = await app.key(Role.ADMIN);
  });
  afterAll(() => app.close());

  const clientIdOf = async (name: string) =>
    (await app.sql<{ id: string }>('select id from api_client where name = ?', [name]))[0].id;

  it('caps distinct people per day, lets repeats through, and raises one alert', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'capped employer', dailyDistinctCap: 3 });
    for (const cnic of ['3520212345671', '4210123456782', '1730134567893']) {
      expect((await app.gql(MatchIdentityDocument, match(cnic), key)).status).toBe(200);
    }
    expect((await app.gql(MatchIdentityDocument, match('3520212345671'), key)).status).toBe(200);
    const over = await app.gql(MatchIdentityDocument, match('5440045678904'), key);
    expect(over.status).toBe(429);
    const wait = secondsToPakistanMidnight(new Date());
    expect(over.body.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(Math.abs((over.body.errors![0].extensions.retryAfterSeconds as number) - wait)).toBeLessThanOrEqual(2);
    expect((await app.gql(MatchIdentityDocument, match('6110156789015'), key)).status).toBe(429);

    const alerts = await app.gql(SecurityAlertsDocument, { first: 10, filter: { clientId: await clientIdOf('capped employer') } }, auditor);
    expect(alerts.body.data!.securityAlerts.totalCount).toBe(1);
    expect(alerts.body.data!.securityAlerts.edges[0].node).toMatchObject({
      kind: 'DAILY_DISTINCT_CAP',
      clientName: 'capped employer',
      detail: { distinct: 4, cap: 3, day: pakistanDay(new Date()) },
      resolvedAt: null,
    });
    // The refused lookups left no trace in the tallies (they rolled back) and the client is not suspended.
    const [client] = await app.sql<{ suspended_at: Date | null }>("select suspended_at from api_client where name = 'capped employer'");
    expect(client.suspended_at).toBeNull();
  });

  it('suspends a client guessing CNICs (mostly not found), and ADMIN reinstates it', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'guessing employer' });
    const codes: (string | null)[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await app.gql(MatchIdentityDocument, match(unknown(i)), key);
      codes.push(res.body.errors?.[0].extensions.code ?? res.body.data!.matchIdentity.grade);
    }
    // The 10th lookup makes 10 of 10 not found (threshold: 60% of at least 10): refused, client suspended.
    expect(codes).toEqual([...Array(9).fill('NOT_FOUND'), 'FORBIDDEN']);
    // From then on every request is refused as FORBIDDEN, saying why: the key is good, the client is suspended.
    const next = await app.gql(MatchIdentityDocument, match('3520212345671'), key);
    expect(next.status).toBe(403);
    expect(next.body.errors![0]).toMatchObject({
      message:
        'This client has been suspended pending review: its lookups match an enumeration pattern (most of its lookups found nobody, as when CNICs are guessed). ' +
        'An administrator reviews the security alert and reinstates the client (reinstateClient).',
      extensions: { code: 'FORBIDDEN' },
    });

    const clientId = await clientIdOf('guessing employer');
    const alerts = await app.gql(SecurityAlertsDocument, { first: 10, filter: { clientId, open: true } }, admin);
    expect(alerts.body.data!.securityAlerts.edges.map((e) => e.node.kind)).toEqual(['NOT_FOUND_SHARE']);
    expect(alerts.body.data!.securityAlerts.edges[0].node.detail).toMatchObject({ lookups: 10, notFound: 10 });

    const refused = await app.gql(ReinstateClientDocument, { input: { clientId, reason: 'Reviewed: test data load' } }, auditor);
    expect(refused.body.errors![0]).toMatchObject({ message: 'The AUDITOR role may not reinstate client data.', extensions: { code: 'FORBIDDEN' } });

    const reinstated = await app.gql(ReinstateClientDocument, { input: { clientId, reason: 'Reviewed: test data load' } }, admin);
    expect(reinstated.body.data!.reinstateClient).toEqual({ clientId, resolvedAlerts: 1, userErrors: [] });
    const after = await app.gql(MatchIdentityDocument, match('3520212345671'), key);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data!.matchIdentity.grade).toBe('CONFLICT');
    const again = await app.gql(ReinstateClientDocument, { input: { clientId, reason: 'twice' } }, admin);
    expect(again.body.data!.reinstateClient.userErrors).toEqual([
      { field: ['input', 'clientId'], code: 'CONFLICT', message: 'This client is not suspended.' },
    ]);
    const [row] = await app.sql<{ detail: Record<string, unknown> }>("select detail from audit_event where action = 'client.reinstate'");
    expect(row.detail).toEqual({ clientId, reason: 'Reviewed: test data load', resolvedAlerts: 1 });
  });

  it('suspends a client walking consecutive CNICs', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'walking employer' });
    const codes: string[] = [];
    for (let serial = 2_000_000; serial < 2_000_005; serial++) {
      const res = await app.gql(MatchIdentityDocument, match(`35202${serial}1`), key);
      codes.push(res.body.errors?.[0].extensions.code ?? 'OK');
    }
    // Lookups 2-5 each follow a neighbour; the 4th such (threshold 4) is refused and suspends the client.
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'FORBIDDEN']);
    const clientId = await clientIdOf('walking employer');
    const [client] = await app.sql<{ suspended_reason: string }>('select suspended_reason from api_client where id = ?', [clientId]);
    expect(client.suspended_reason).toBe('Automatic: SEQUENTIAL_CNICS');
  });

  it('sees a walk in steps of 2 (the audit walked 300 unknown CNICs that way)', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'striding employer' });
    const codes: string[] = [];
    for (let serial = 3_000_000; serial < 3_000_010; serial += 2) {
      const res = await app.gql(MatchIdentityDocument, match(`35202${serial}1`), key);
      codes.push(res.body.errors?.[0].extensions.code ?? 'OK');
    }
    // Lookups 2-5 each land two serials from one already looked up: the 4th such (threshold 4) suspends.
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'FORBIDDEN']);
    const [client] = await app.sql<{ suspended_reason: string }>('select suspended_reason from api_client where id = ?', [await clientIdOf('striding employer')]);
    expect(client.suspended_reason).toBe('Automatic: SEQUENTIAL_CNICS');
  });

  it('counts people, not lookups, for the not-found share: repeating known CNICs between guesses buys nothing', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'padding employer' });
    const known = ['3520212345671', '4210123456782'];
    const codes: string[] = [];
    // Each guess (unknown, far apart: no neighbours) padded with the same two real people, as the audit did.
    for (let i = 0; i < 12 && !codes.includes('FORBIDDEN'); i++) {
      for (const cnic of [unknown(200 + i), ...known]) {
        const res = await app.gql(MatchIdentityDocument, match(cnic), key);
        codes.push(res.body.errors?.[0].extensions.code ?? 'OK');
        if (res.body.errors) break;
      }
    }
    // By lookups the share would be a third (never 60%); by people it is 8 of 10 at the 8th guess (at least 10
    // people, 60%): refused there, and the client suspended.
    expect(codes.filter((c) => c === 'OK')).toHaveLength(3 * 7);
    expect(codes[codes.length - 1]).toBe('FORBIDDEN');
    const clientId = await clientIdOf('padding employer');
    const [alert] = await app.sql<{ kind: string; detail: Record<string, unknown> }>('select kind, detail from security_alert where client_id = ?', [clientId]);
    expect(alert.kind).toBe('NOT_FOUND_SHARE');
    expect(alert.detail).toMatchObject({ distinct: 10, notFound: 8, lookups: 22 });
  });

  it('counts offender checks too: a bulk check past the cap is refused whole and leaves no audit rows', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'capped screener', dailyDistinctCap: 2 });
    const check = (cnics: string[]) =>
      app.gql(VerifyOffendersDocument, { inputs: cnics.map((cnic) => ({ cnic, purpose: 'EMPLOYMENT_SCREENING' as const, consentRef: 'HR-1' })) }, key);
    expect((await check(['3520212345671', '4210123456782'])).body.errors).toBeUndefined();
    const clientId = await clientIdOf('capped screener');
    const before = await app.sql<{ n: string }>("select count(*) n from audit_event where client_id = ? and action = 'offender.check'", [clientId]);
    const refused = await check(['3520212345671', '1730134567893', '5440045678904']);
    expect(refused.status).toBe(429);
    expect(refused.body.errors![0].extensions.code).toBe('RATE_LIMITED');
    const after = await app.sql<{ n: string }>("select count(*) n from audit_event where client_id = ? and action = 'offender.check'", [clientId]);
    expect(after[0].n).toBe(before[0].n);
    expect((await check(['4210123456782'])).body.errors).toBeUndefined(); // people already seen today still pass
  });

  it('alerts on the SMS gateway without suspending it (it speaks for every citizen)', async () => {
    const gateway = await app.key(Role.SMS_GATEWAY, { name: 'sms gateway' });
    const check = (i: number) =>
      app.gql(VerifyOffendersDocument, { inputs: [{ cnic: unknown(100 + i), purpose: 'CITIZEN_SELF_CHECK' as const }] }, gateway);
    for (let i = 0; i < 12; i++) {
      const res = await check(i);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.verifyOffenders[0].result).toBe('NO_RECORD');
    }
    const clientId = await clientIdOf('sms gateway');
    const [client] = await app.sql<{ suspended_at: Date | null }>('select suspended_at from api_client where id = ?', [clientId]);
    expect(client.suspended_at).toBeNull();
    const alerts = await app.gql(SecurityAlertsDocument, { first: 10, filter: { clientId } }, auditor);
    expect(alerts.body.data!.securityAlerts.edges.map((e) => e.node.kind)).toEqual(['NOT_FOUND_SHARE']);
  });

  it('keeps only keyed hashes of the people looked up', async () => {
    const rows = await app.sql<{ subject_hash: string }>('select subject_hash from lookup_subject');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.subject_hash))).toBe(true);
  });

  it.each([Role.EMPLOYER, Role.EDUCATION, Role.WELFARE_ANALYST, Role.WELFARE_OFFICER, Role.REGISTRATION_CENTRE, Role.LAW_ENFORCEMENT, Role.SMS_GATEWAY])(
    'refuses security alerts to %s',
    async (role) => {
      const res = await app.gql(SecurityAlertsDocument, { first: 1 }, await app.key(role));
      expect(res.body.errors![0].extensions.code).toBe('FORBIDDEN');
    },
  );
});

describe('enumeration guard at odd hours', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demoData: false });
  });
  afterAll(() => app.close());

  it('suspends a burst between 00:00 and 05:00 Pakistan time', async () => {
    await app.key(Role.EMPLOYER, { name: 'night owl' });
    const [client] = await app.sql<{ id: string }>("select id from api_client where name = 'night owl'");
    const viewer: Viewer = {
      actorKind: 'API_KEY', actorId: 'x', clientId: client.id, clientName: 'night owl', role: Role.EMPLOYER,
      jurisdiction: { kind: 'NATIONAL' }, disclosure: 'MATCH_ONLY' as never, budgetPerMinute: 1000,
    };
    const threeAmPkt = new Date('2026-11-24T22:00:00Z');
    const guard = new EnumerationGuard('k'.repeat(32), { ...DEFAULT_DETECTORS, oddHourMax: 3 }, createLogger('silent'), () => threeAmPkt);
    const em = app.orm.em.fork();
    const actor = { viewer, scope: { token: app.seal(viewer, null) } };
    await guard.track(em, actor, [{ cnic: '3520212345671' as Cnic, found: true }]);
    await guard.track(em, actor, [{ cnic: '4210123456782' as Cnic, found: true }]);
    await expect(guard.track(em, actor, [{ cnic: '1730134567893' as Cnic, found: true }])).rejects.toThrow(
      'This client has been suspended pending review: its lookups match an enumeration pattern.',
    );
    const [alert] = await app.sql<{ kind: string; detail: Record<string, unknown> }>('select kind, detail from security_alert');
    expect(alert).toEqual({ kind: 'ODD_HOUR_BURST', detail: { oddHourLookups: 3, threshold: 3, day: '2026-11-25' } });
  });

  it('knows the neighbours of a CNIC', () => {
    expect(neighbours('3520212345671' as Cnic)).toEqual([
      '3520212345670', '3520212345672', '3520212345651', '3520212345661', '3520212345681', '3520212345691',
    ]);
  });
});

describe('enumeration over sliding windows, and guessing details (issue #20)', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp({
      env: {
        ENUMERATION_UNKNOWN_PER_HOUR: '6',
        ENUMERATION_UNKNOWN_PER_DAY: '10',
        ENUMERATION_UNKNOWN_PER_WEEK: '14',
        IDENTITY_DETAIL_GUESSES_MAX: '3',
      },
    });
    admin = await app.key(Role.ADMIN);
  });
  afterAll(() => app.close());

  const clientIdOf = async (name: string) =>
    (await app.sql<{ id: string }>('select id from api_client where name = ?', [name]))[0].id;
  const codeOf = (res: { body: { errors?: { extensions: { code: string } }[] } }) => res.body.errors?.[0].extensions.code ?? 'OK';
  const known = ['3520212345671', '4210123456782'];
  /** Unknown CNICs in strides of 3 (the serial-neighbour detector probes two either side: a stride of 3 is unseen). */
  const stride = (base: number, i: number) => `35202${base + i * 3}1`;
  /** The client's windows as though its lookups were made `hours` ago (and the daily tallies on an earlier day). */
  const age = async (clientId: string, hours: number) => {
    await app.sql(`update unknown_lookup set last_at = last_at - make_interval(hours => ${hours}) where client_id = ?`, [clientId]);
    if (hours >= 1) {
      // Past a Pakistan midnight too: the per-day tallies start again from nothing.
      await app.sql('delete from lookup_tally where client_id = ?', [clientId]);
      await app.sql('delete from lookup_subject where client_id = ?', [clientId]);
    }
  };

  it('suspends a walk in strides of 3 padded with known people, on the 7th distinct unknown CNIC within an hour', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'stride walker', dailyDistinctCap: 5000 });
    const codes: string[] = [];
    for (let i = 0; i < 8 && !codes.includes('FORBIDDEN'); i++) {
      // Each guess padded with real people and repeated once: neither padding nor repeats count.
      for (const cnic of [stride(4_000_000, i), ...known, stride(4_000_000, i)]) {
        codes.push(codeOf(await app.gql(MatchIdentityDocument, match(cnic), key)));
        if (codes[codes.length - 1] !== 'OK') break;
      }
    }
    expect(codes.filter((c) => c === 'OK')).toHaveLength(6 * 4);
    expect(codes[codes.length - 1]).toBe('FORBIDDEN');
    const clientId = await clientIdOf('stride walker');
    const [client] = await app.sql<{ suspended_reason: string }>('select suspended_reason from api_client where id = ?', [clientId]);
    expect(client.suspended_reason).toBe('Automatic: UNKNOWN_CNICS');
    const [alert] = await app.sql<{ kind: string; detail: Record<string, unknown> }>('select kind, detail from security_alert where client_id = ?', [clientId]);
    expect(alert).toEqual({
      kind: 'UNKNOWN_CNICS',
      detail: { windowSeconds: 3600, distinctUnknown: 7, threshold: 6, day: pakistanDay(new Date()) },
    });
    // The refused lookup was not kept: six unknown CNICs, hashed.
    const kept = await app.sql<{ subject_hash: string }>('select subject_hash from unknown_lookup where client_id = ?', [clientId]);
    expect(kept).toHaveLength(6);
    expect(kept.every((r) => /^[0-9a-f]{64}$/.test(r.subject_hash))).toBe(true);
    // The person's answer says why, and what ends it.
    const next = await app.gql(MatchIdentityDocument, match(known[0]), key);
    expect(next.body.errors![0].message).toBe(
      'This client has been suspended pending review: its lookups match an enumeration pattern (it looked up too many CNICs ' +
        'that found nobody within an hour, a day or a week). An administrator reviews the security alert and reinstates the client (reinstateClient).',
    );
    // Reinstating restarts the windows.
    const reinstated = await app.gql(ReinstateClientDocument, { input: { clientId, reason: 'Reviewed' } }, admin);
    expect(reinstated.body.data!.reinstateClient.userErrors).toEqual([]);
    expect(await app.sql('select 1 from unknown_lookup where client_id = ?', [clientId])).toEqual([]);
    expect(codeOf(await app.gql(MatchIdentityDocument, match(stride(4_100_000, 0)), key))).toBe('OK');
  });

  it('slides: a walk split across midnight is counted over 24 hours, and over 7 days', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'midnight walker', dailyDistinctCap: 5000 });
    const clientId = await clientIdOf('midnight walker');
    const walk = async (from: number, n: number) => {
      const codes: string[] = [];
      for (let i = from; i < from + n; i++) codes.push(codeOf(await app.gql(MatchIdentityDocument, match(stride(5_000_000, i)), key)));
      return codes;
    };
    expect(await walk(0, 6)).toEqual(Array(6).fill('OK'));
    await age(clientId, 2); // yesterday evening: the hour has passed, the day's tallies are gone
    expect(await walk(6, 4)).toEqual(Array(4).fill('OK')); // 10 in 24 hours: at the threshold
    expect(await walk(10, 1)).toEqual(['FORBIDDEN']); // the 11th in 24 hours
    const [alert] = await app.sql<{ detail: Record<string, unknown> }>('select detail from security_alert where client_id = ?', [clientId]);
    expect(alert.detail).toMatchObject({ windowSeconds: 86_400, distinctUnknown: 11, threshold: 10 });

    await app.gql(ReinstateClientDocument, { input: { clientId, reason: 'Reviewed' } }, admin);
    // Ten unknown CNICs spread over the week (two days apart, five at a time), then five more today: the 15th in
    // 7 days is refused although no hour and no day saw more than five.
    expect(await walk(20, 5)).toEqual(Array(5).fill('OK'));
    await age(clientId, 48);
    expect(await walk(25, 5)).toEqual(Array(5).fill('OK'));
    await age(clientId, 48);
    expect(await walk(30, 5)).toEqual(['OK', 'OK', 'OK', 'OK', 'FORBIDDEN']);
    const alerts = await app.sql<{ detail: Record<string, unknown> }>('select detail from security_alert where client_id = ? and resolved_at is null', [clientId]);
    expect(alerts.map((a) => a.detail)).toEqual([
      expect.objectContaining({ windowSeconds: 604_800, distinctUnknown: 15, threshold: 14 }),
    ]);
  });

  it('counts a bulk check alike: 7 unknown CNICs padded with 40 known lookups are refused whole, with no audit rows', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'bulk padder', dailyDistinctCap: 5000 });
    const clientId = await clientIdOf('bulk padder');
    const cnics = [...Array.from({ length: 7 }, (_, i) => stride(6_000_000, i)), ...Array.from({ length: 20 }, () => known).flat()];
    const res = await app.gql(
      VerifyOffendersDocument,
      { inputs: cnics.map((cnic) => ({ cnic, purpose: 'EMPLOYMENT_SCREENING' as const, consentRef: 'HR-1' })) },
      key,
    );
    expect(res.body.errors![0]).toMatchObject({
      message: 'This client has been suspended pending review: its lookups match an enumeration pattern.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await app.sql('select 1 from audit_event where client_id = ? and action = ?', [clientId, 'offender.check'])).toEqual([]);
    const [client] = await app.sql<{ suspended_reason: string }>('select suspended_reason from api_client where id = ?', [clientId]);
    expect(client.suspended_reason).toBe('Automatic: UNKNOWN_CNICS');
  });

  it('scales the windows with a larger daily cap (10,000: twice the thresholds)', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'big employer', dailyDistinctCap: 10_000 });
    const codes: string[] = [];
    for (let i = 0; i < 13; i++) codes.push(codeOf(await app.gql(MatchIdentityDocument, match(stride(7_000_000, i)), key)));
    expect(codes).toEqual([...Array(12).fill('OK'), 'FORBIDDEN']);
  });

  it('refuses a fourth different set of details for one person, answers the sets already tried, and suspends nobody', async () => {
    const key = await app.key(Role.EMPLOYER, { name: 'birthday guesser', dailyDistinctCap: 5000 });
    const clientId = await clientIdOf('birthday guesser');
    const guess = (dateOfBirth: string, cnic = known[0], name = 'Muhammad Ali') =>
      app.gql(MatchIdentityDocument, { input: { cnic, name, dateOfBirth, purpose: 'EMPLOYMENT_SCREENING' as const, consentRef: 'C-1' } }, key);
    const dob = (res: Awaited<ReturnType<typeof guess>>) => res.body.data!.matchIdentity.fields.find((f) => f.field === 'DATE_OF_BIRTH')!.outcome;
    expect(dob(await guess('1988-03-15'))).toBe('ONE_DIGIT');
    expect(dob(await guess('1988-03-16'))).toBe('ONE_DIGIT');
    // The same details written differently are the same guess.
    expect(dob(await guess('1988-03-16', known[0], '  muhammad   ALI. '))).toBe('ONE_DIGIT');
    expect(dob(await guess('1988-04-14'))).toBe('ONE_DIGIT');
    const fourth = await guess('1988-03-14');
    expect(fourth.status).toBe(429);
    expect(fourth.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'DETAIL_GUESSES' });
    const retry = fourth.body.errors![0].extensions.retryAfterSeconds as number;
    expect(Math.abs(retry - 30 * 86_400)).toBeLessThanOrEqual(5);
    expect(fourth.body.errors![0].message).toBe(
      'Your client has tried 3 different sets of details for this CNIC in the last 30 days, the most allowed: the same ' +
        `details are still answered, new ones are refused until the oldest try is older than that (in ${retry} s). Ask the person for the details on their card.`,
    );
    // An offender check with new details for the same person is the same kind of guess.
    const check = await app.gql(
      VerifyOffendersDocument,
      { inputs: [{ cnic: known[0], name: 'Muhammad Ali', dateOfBirth: '1988-03-13', purpose: 'EMPLOYMENT_SCREENING' as const, consentRef: 'HR-1' }] },
      key,
    );
    expect(check.status).toBe(429);
    // A set already tried is still answered; so are other people, and other clients.
    expect(dob(await guess('1988-03-15'))).toBe('ONE_DIGIT');
    expect(dob(await guess('1995-07-02', known[1], 'Ayesha Siddiqui'))).toBe('MATCH');
    const other = await app.key(Role.EMPLOYER, { name: 'another employer', dailyDistinctCap: 5000 });
    const theirs = await app.gql(MatchIdentityDocument, { input: { cnic: known[0], name: 'Muhammad Ali', dateOfBirth: '1988-03-14', purpose: 'EMPLOYMENT_SCREENING' as const, consentRef: 'C-1' } }, other);
    expect(theirs.body.data!.matchIdentity.grade).toBe('EXACT');
    // Refused guesses are not kept; only hashes are; the client is not suspended; one alert for review.
    const claims = await app.sql<{ claim_hash: string }>('select claim_hash from detail_claim where client_id = ?', [clientId]);
    expect(claims).toHaveLength(3 + 1);
    expect(claims.every((c) => /^[0-9a-f]{64}$/.test(c.claim_hash))).toBe(true);
    const [client] = await app.sql<{ suspended_at: Date | null }>('select suspended_at from api_client where id = ?', [clientId]);
    expect(client.suspended_at).toBeNull();
    const alerts = await app.sql<{ kind: string; detail: Record<string, unknown> }>('select kind, detail from security_alert where client_id = ?', [clientId]);
    expect(alerts).toEqual([{ kind: 'DETAIL_GUESSES', detail: expect.objectContaining({ tried: 4, threshold: 3, windowSeconds: 30 * 86_400 }) }]);
    // Once the oldest try is older than 30 days, a new guess is answered.
    await app.sql("update detail_claim set last_at = last_at - interval '31 days' where client_id = ? and last_at = (select min(last_at) from detail_claim where client_id = ?)", [clientId, clientId]);
    expect(dob(await guess('1988-03-14'))).toBe('MATCH');
  });

  it('forgets, in the daily maintenance, what no window can count any more', async () => {
    await app.key(Role.EMPLOYER, { name: 'forgotten employer', dailyDistinctCap: 5000 });
    const clientId = await clientIdOf('forgotten employer');
    await app.sql(
      `insert into unknown_lookup (client_id, subject_hash, last_at) values (?, 'a', now() - interval '8 days'), (?, 'b', now() - interval '6 days')`,
      [clientId, clientId],
    );
    await app.sql(
      `insert into detail_claim (client_id, subject_hash, claim_hash, last_at) values (?, 's', 'x', now() - interval '31 days'), (?, 's', 'y', now() - interval '29 days')`,
      [clientId, clientId],
    );
    const guard = new EnumerationGuard('k'.repeat(32), DEFAULT_DETECTORS, createLogger('silent'));
    // Counts are over every client (earlier tests here aged rows of their own too); this client's rows say exactly.
    const forgotten = await guard.forgetExpired(app.orm.em.fork());
    expect(forgotten.unknown).toBeGreaterThanOrEqual(1);
    expect(forgotten.claims).toBeGreaterThanOrEqual(1);
    expect(await app.sql('select subject_hash from unknown_lookup where client_id = ?', [clientId])).toEqual([{ subject_hash: 'b' }]);
    expect(await app.sql('select claim_hash from detail_claim where client_id = ?', [clientId])).toEqual([{ claim_hash: 'y' }]);
  });

  it('does not limit the SMS gateway\'s details (it speaks for every citizen; each phone is limited on its own)', async () => {
    const gateway = await app.key(Role.SMS_GATEWAY, { name: 'sms gateway 2', dailyDistinctCap: 5000 });
    for (const dateOfBirth of ['1988-03-10', '1988-03-11', '1988-03-12', '1988-03-13', '1988-03-14']) {
      const res = await app.gql(
        VerifyOffendersDocument,
        { inputs: [{ cnic: known[0], name: 'Muhammad Ali', dateOfBirth, purpose: 'CITIZEN_SELF_CHECK' as const }] },
        gateway,
      );
      expect(res.body.errors).toBeUndefined();
    }
    expect(await app.sql('select 1 from detail_claim where client_id = ?', [await clientIdOf('sms gateway 2')])).toEqual([]);
  });
});
