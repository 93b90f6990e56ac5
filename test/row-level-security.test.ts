import { startTestApp, type TestApp } from './helpers/app';
import { CitizenEntity } from '../src/identity/citizen.entity';
import { Province } from '../src/jurisdictions/province';
import { ReferenceData } from '../src/jurisdictions/reference-data';

describe('row-level security beneath the ORM', () => {
  let app: TestApp;
  let reference: ReferenceData;
  let punjabCount: number;

  beforeAll(async () => {
    app = await startTestApp();
    reference = app.server.kernel.reference;
    const [row] = await app.sql<{ n: string }>(
      "select count(*) n from citizen c join district d on d.code = c.district_code where d.province = 'PUNJAB'",
    );
    punjabCount = Number(row.n);
  });
  afterAll(() => app.close());

  const punjabEm = () => app.scopedEm({ kind: 'PROVINCE', province: Province.PUNJAB });

  it('serves as the unprivileged application role', async () => {
    const [row] = await punjabEm().getConnection().execute<{ current_user: string }[]>('select current_user');
    expect(row.current_user).toBe('tasdeeq_app');
  });

  it('a query with the jurisdiction filter switched off still sees only its province', async () => {
    const rows = await punjabEm().transactional((em) => em.find(CitizenEntity, {}, { filters: false }));
    expect(rows.length).toBe(punjabCount);
    expect(rows.every((c) => reference.district(c.district.code)?.province === Province.PUNJAB)).toBe(true);
    expect(rows.find((c) => c.cnic === '4210123456782')).toBeUndefined();
  });

  it('raw SQL in a scoped transaction sees only its province', async () => {
    const [row] = await punjabEm().transactional((em) => em.execute<{ n: string }[]>('select count(*) n from citizen'));
    expect(Number(row.n)).toBe(punjabCount);
  });

  it('a transaction with no scope sees nobody (fails closed)', async () => {
    const [row] = await app.orm.em.fork().transactional((em) => em.execute<{ n: string }[]>('select count(*) n from citizen'));
    expect(Number(row.n)).toBe(0);
  });

  it('cannot write a citizen outside its province (nor any citizen: the identity mirror is read-only to the API)', async () => {
    await expect(
      punjabEm().transactional((em) => em.execute("update citizen set name_en = 'X' where cnic = '4210123456782'")),
    ).rejects.toThrow(/permission denied for table citizen/);
    const [row] = await app.sql<{ name_en: string }>("select name_en from citizen where cnic = '4210123456782'");
    expect(row.name_en).toBe('Ayesha Siddiqui');
  });

  it.each([
    ['rewrite audit history', "update audit_event set outcome = 'SUCCESS'", /permission denied for table audit_event/],
    ['delete audit history', 'delete from audit_event', /permission denied for table audit_event/],
    ['disable row-level security', 'alter table citizen disable row level security', /must be owner of table citizen/],
    ['drop the audit trigger', 'drop trigger audit_event_no_update_or_delete on audit_event', /must be owner of (table|relation) audit_event/],
    ['record fake migrations', "insert into mikro_orm_migrations (name) values ('x')", /permission denied for table mikro_orm_migrations/],
  ])('may not %s', async (_label, sql, message) => {
    await expect(punjabEm().transactional((em) => em.execute(sql))).rejects.toThrow(message);
  });
});
