import './style.css';
import type { Chart } from 'chart.js';
import { ApiError, graphql } from './api';
import { bandsChart, monthlyChart } from './charts';
import { byId, h } from './dom';
import {
  countCell,
  derivedCell,
  formatScore,
  formatShare,
  NOT_APPLICABLE_TEXT,
  SUPPRESSED_TEXT,
  SUPPRESSED_TITLE,
  type Cell,
} from './format';
import { areaNoun, childNoun, label, monthLabel } from './labels';
import { AREA_DASHBOARD, VIEWER_AREA } from './queries';
import type { Area, AreaDashboard, Count, Headline, Scope, ViewerArea } from './types';

/** Session storage, not local: the key leaves with the tab and is never written to disk by the page. */
const KEY_STORAGE = 'tasdeeq.dashboard.apiKey';
const NATIONAL_OPTION = '';

const signinSection = byId('signin');
const signinForm = byId<HTMLFormElement>('signin-form');
const keyInput = byId<HTMLInputElement>('api-key');
const sessionBar = byId('session');
const sessionLabel = byId('session-label');
const signoutButton = byId<HTMLButtonElement>('signout');
const errorBox = byId('error');
const statusLine = byId('status');
const picker = byId('picker');
const provinceSelect = byId<HTMLSelectElement>('province');
const pickerLabel = byId('province-label');
const scopeNote = byId('scope-note');
const dashboard = byId('dashboard');

let apiKey: string | null = null;
let viewerArea: Area | null = null;
let charts: Chart[] = [];
/** Each load gets a number; an answer to an older load (the user picked again meanwhile) is dropped. */
let loadSequence = 0;

function setStatus(text: string): void {
  statusLine.textContent = text;
}

function clearError(): void {
  errorBox.hidden = true;
  errorBox.replaceChildren();
}

function showError(error: unknown, context: string): void {
  const apiError = error instanceof ApiError ? error : null;
  let message: string;
  if (apiError?.code === 'UNAUTHENTICATED') message = `That key was not accepted: ${apiError.message}`;
  else if (apiError?.code === 'FORBIDDEN')
    message = `This key may not read this dashboard (it needs the WELFARE_ANALYST, WELFARE_OFFICER or ADMIN role, within its jurisdiction): ${apiError.message}`;
  else if (apiError?.code === 'RATE_LIMITED')
    message = `The key's query budget is spent; try again in ${apiError.retryAfterSeconds ?? 'a few'} seconds.`;
  else if (apiError) message = `${context}: ${apiError.message}`;
  else message = `${context}: ${error instanceof Error ? error.message : String(error)}`;
  errorBox.replaceChildren(h('p', { 'data-testid': 'error-message' }, message));
  if (apiError?.requestId) {
    errorBox.append(
      h(
        'p',
        { class: 'request-id' },
        'Request ID ',
        h('code', { 'data-testid': 'error-request-id' }, apiError.requestId),
        ' (quote it when you contact support).',
      ),
    );
  }
  errorBox.hidden = false;
  setStatus('');
}

function showSignin(): void {
  signinSection.hidden = false;
  sessionBar.hidden = true;
  picker.hidden = true;
  dashboard.hidden = true;
  keyInput.value = '';
  keyInput.focus();
}

function signOut(): void {
  sessionStorage.removeItem(KEY_STORAGE);
  apiKey = null;
  viewerArea = null;
  loadSequence++;
  destroyCharts();
  dashboard.replaceChildren();
  clearError();
  setStatus('Signed out.');
  showSignin();
}

async function signIn(key: string): Promise<void> {
  clearError();
  setStatus('Checking the key…');
  let viewer: ViewerArea;
  try {
    viewer = await graphql<ViewerArea>(key, VIEWER_AREA);
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
      sessionStorage.removeItem(KEY_STORAGE);
      showSignin();
    }
    showError(error, 'Could not sign in');
    return;
  }
  apiKey = key;
  sessionStorage.setItem(KEY_STORAGE, key);
  viewerArea = viewer.dashboard.area;
  signinSection.hidden = true;
  sessionBar.hidden = false;
  sessionLabel.textContent = `Signed in · key covers ${viewerArea.name}`;
  buildPicker(viewer);
  setStatus('');
  await load(scopeFromPicker());
}

/** A national key picks a province (or the whole country); a narrower key sees only its own area. */
function buildPicker(viewer: ViewerArea): void {
  const area = viewer.dashboard.area;
  pickerLabel.textContent = areaNoun(area.level);
  provinceSelect.replaceChildren();
  if (area.level === 'NATIONAL') {
    provinceSelect.append(h('option', { value: NATIONAL_OPTION }, `${area.name} (all provinces)`));
    const provinces = viewer.dashboard.children
      .map((c) => c.area)
      .filter((a): a is Area & { province: string } => a.province != null)
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const p of provinces) provinceSelect.append(h('option', { value: p.province }, p.name));
    const wanted = new URLSearchParams(location.hash.slice(1)).get('province');
    provinceSelect.value = provinces.some((p) => p.province === wanted) ? (wanted as string) : NATIONAL_OPTION;
    provinceSelect.disabled = false;
    scopeNote.textContent = 'Your key is national: pick a province to see its districts.';
  } else {
    provinceSelect.append(h('option', { value: area.province ?? NATIONAL_OPTION }, area.name));
    provinceSelect.disabled = true;
    scopeNote.textContent = `Your key covers ${area.name} only.`;
  }
  picker.hidden = false;
}

function scopeFromPicker(): Scope {
  if (!viewerArea || viewerArea.level === 'NATIONAL') {
    return provinceSelect.value === NATIONAL_OPTION ? {} : { province: provinceSelect.value };
  }
  // A province, district or tehsil key: its own area ({} is the viewer's whole jurisdiction).
  return {};
}

async function load(scope: Scope): Promise<void> {
  if (!apiKey) return;
  const sequence = ++loadSequence;
  clearError();
  setStatus('Loading…');
  dashboard.setAttribute('aria-busy', 'true');
  dashboard.dataset.state = 'loading';
  try {
    const data = await graphql<{ dashboard: AreaDashboard }>(apiKey, AREA_DASHBOARD, { scope });
    if (sequence !== loadSequence) return;
    render(data.dashboard);
    history.replaceState(null, '', scope.province ? `#province=${scope.province}` : location.pathname);
    setStatus(`Showing ${data.dashboard.area.name}.`);
  } catch (error) {
    if (sequence !== loadSequence) return;
    // The figures on screen belong to the previous pick: hide them rather than show them under the new one.
    destroyCharts();
    dashboard.hidden = true;
    dashboard.dataset.state = 'error';
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      sessionStorage.removeItem(KEY_STORAGE);
      apiKey = null;
      showSignin();
    }
    showError(error, 'Could not load the dashboard');
  } finally {
    if (sequence === loadSequence) dashboard.removeAttribute('aria-busy');
  }
}

function destroyCharts(): void {
  for (const chart of charts) chart.destroy();
  charts = [];
}

// ---- rendering ------------------------------------------------------------------------------------------------

function cellContent(cell: Cell): Node {
  if (cell.kind === 'value') return document.createTextNode(cell.text);
  if (cell.kind === 'suppressed') return h('span', { class: 'suppressed', title: SUPPRESSED_TITLE }, SUPPRESSED_TEXT);
  return h('span', { class: 'none', title: 'Not applicable' }, NOT_APPLICABLE_TEXT);
}

/** A table cell whose data attributes let a test (or a scraper) read the figure without parsing the text. */
function td(cell: Cell, field: string): HTMLTableCellElement {
  return h(
    'td',
    {
      class: 'num',
      'data-field': field,
      'data-suppressed': cell.kind === 'suppressed' ? 'true' : 'false',
      'data-value': cell.kind === 'value' ? cell.raw : undefined,
    },
    cellContent(cell),
  );
}

function headlineCells(d: Headline): { field: string; heading: string; cell: Cell }[] {
  return [
    { field: 'households', heading: 'Households', cell: countCell(d.households) },
    { field: 'members', heading: 'Members', cell: countCell(d.members) },
    { field: 'surveyedHouseholds', heading: 'Surveyed', cell: countCell(d.surveyedHouseholds) },
    { field: 'surveyedShare', heading: 'Surveyed share', cell: derivedCell(d.surveyedShare, [d.households, d.surveyedHouseholds], formatShare) },
    { field: 'scoredHouseholds', heading: 'Scored', cell: countCell(d.scoredHouseholds) },
    { field: 'meanScore', heading: 'Mean score', cell: derivedCell(d.meanScore, [d.scoredHouseholds], formatScore) },
    { field: 'medianScore', heading: 'Median score', cell: derivedCell(d.medianScore, [d.scoredHouseholds], formatScore) },
  ];
}

function summary(d: AreaDashboard): HTMLElement {
  return h(
    'dl',
    { class: 'summary', 'data-testid': 'summary' },
    ...headlineCells(d).map(({ field, heading, cell }) =>
      h(
        'div',
        { class: 'card', 'data-testid': `summary-${field}`, 'data-suppressed': cell.kind === 'suppressed' ? 'true' : 'false' },
        h('dt', {}, heading),
        h('dd', {}, cellContent(cell)),
      ),
    ),
  );
}

/** A two-column table of labelled counts (registrations by status, programmes, flags). */
function countTable(
  testid: string,
  caption: string,
  keyHeading: string,
  valueHeading: string,
  rows: { key: string; count: Count }[],
): HTMLElement {
  return h(
    'table',
    { class: 'counts', 'data-testid': testid },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, keyHeading), h('th', { scope: 'col', class: 'num' }, valueHeading))),
    h(
      'tbody',
      {},
      ...rows.map((r) => h('tr', { 'data-key': r.key }, h('th', { scope: 'row' }, label(r.key)), td(countCell(r.count), 'count'))),
    ),
  );
}

function suppressedNote(counts: Count[], noun: string): string {
  const n = counts.filter((c) => c.suppressed).length;
  return n ? `${n} of ${counts.length} ${noun} suppressed (shaded; not plotted).` : '';
}

function chartPanel(
  testid: string,
  title: string,
  description: string,
  note: string,
  table: HTMLElement,
): { panel: HTMLElement; canvas: HTMLCanvasElement } {
  const canvas = h('canvas', { role: 'img', 'aria-label': description, 'data-testid': testid });
  const panel = h(
    'section',
    { class: 'panel chart-panel', 'aria-label': title },
    h('h3', {}, title),
    h('div', { class: 'chart-box' }, canvas),
    note ? h('p', { class: 'note', 'data-testid': `${testid}-note` }, note) : null,
    h('details', {}, h('summary', {}, 'Show the figures as a table'), table),
  );
  return { panel, canvas };
}

function childrenTable(d: AreaDashboard): HTMLElement {
  const noun = childNoun(d.area.level);
  const bands = d.scoreBands.map((b) => b.band);
  const columns = headlineCells(d);
  return h(
    'section',
    { class: 'panel wide', 'aria-labelledby': 'children-title' },
    h('h3', { id: 'children-title' }, `${noun}s of ${d.area.name}`),
    d.children.length === 0
      ? h('p', { 'data-testid': 'children-empty' }, `No ${noun.toLowerCase()}s.`)
      : h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'children', 'data-testid': 'children-table' },
            h('caption', { class: 'visually-hidden' }, `Figures for each ${noun.toLowerCase()} of ${d.area.name}`),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col', rowspan: 2 }, noun),
                ...columns.map((c) => h('th', { scope: 'col', rowspan: 2, class: 'num' }, c.heading)),
                h('th', { scope: 'colgroup', colspan: bands.length, class: 'group' }, 'Households by score band'),
              ),
              h('tr', {}, ...bands.map((b) => h('th', { scope: 'col', class: 'num' }, label(b)))),
            ),
            h(
              'tbody',
              {},
              ...d.children.map((child) => {
                const key = child.area.district?.code ?? child.area.province ?? child.area.tehsil ?? child.area.name;
                return h(
                  'tr',
                  { 'data-testid': 'child-row', 'data-area': key },
                  h(
                    'th',
                    { scope: 'row' },
                    child.area.name,
                    child.area.district ? h('span', { class: 'code' }, ` ${child.area.district.code}`) : null,
                  ),
                  ...headlineCells(child).map(({ field, cell }) => td(cell, field)),
                  ...child.scoreBands.map((b) => td(countCell(b.households), `band:${b.band}`)),
                );
              }),
            ),
          ),
        ),
  );
}

function render(d: AreaDashboard): void {
  destroyCharts();
  const bands = d.scoreBands.map((b) => ({ label: label(b.band), count: b.households }));
  const months = d.monthly.map((m) => ({ label: monthLabel(m.month), registrations: m.registrations, surveys: m.surveys }));

  const bandsPanel = chartPanel(
    'bands-chart',
    'Households by poverty score band',
    `Bar chart of scored households in ${d.area.name} by poverty score band.`,
    suppressedNote(bands.map((b) => b.count), 'bands'),
    countTable('bands-table', 'Households by score band', 'Band', 'Households', d.scoreBands.map((b) => ({ key: b.band, count: b.households }))),
  );
  const monthlyPanel = chartPanel(
    'monthly-chart',
    'Registrations and surveys by month',
    `Line chart of registrations and surveys in ${d.area.name} for each of the last ${months.length} months.`,
    suppressedNote(d.monthly.flatMap((m) => [m.registrations, m.surveys]), 'monthly figures'),
    h(
      'table',
      { class: 'counts', 'data-testid': 'monthly-table' },
      h('caption', {}, 'Registrations and surveys by month'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Month'), h('th', { scope: 'col', class: 'num' }, 'Registrations'), h('th', { scope: 'col', class: 'num' }, 'Surveys'))),
      h(
        'tbody',
        {},
        ...d.monthly.map((m) =>
          h('tr', {}, h('th', { scope: 'row' }, monthLabel(m.month)), td(countCell(m.registrations), 'registrations'), td(countCell(m.surveys), 'surveys')),
        ),
      ),
    ),
  );

  dashboard.replaceChildren(
    h('h2', { 'data-testid': 'area-name' }, d.area.name, h('span', { class: 'level' }, ` ${label(d.area.level)}`)),
    summary(d),
    h(
      'div',
      { class: 'grid' },
      bandsPanel.panel,
      monthlyPanel.panel,
      h(
        'section',
        { class: 'panel', 'aria-label': 'Eligible households per programme' },
        countTable('programmes-table', 'Eligible households per programme', 'Programme', 'Eligible households', d.eligibleByProgramme.map((p) => ({ key: p.programme, count: p.households }))),
      ),
      h(
        'section',
        { class: 'panel', 'aria-label': 'Data-quality flags' },
        countTable('flags-table', 'Households with an open data-quality flag', 'Flag', 'Households', d.flagsByCode.map((f) => ({ key: f.code, count: f.households }))),
      ),
      h(
        'section',
        { class: 'panel', 'aria-label': 'Registrations by status' },
        countTable('registrations-table', 'Registrations by status', 'Status', 'Registrations', d.registrationsByStatus.map((r) => ({ key: r.status, count: r.count }))),
      ),
    ),
    childrenTable(d),
  );
  dashboard.hidden = false;
  // Charts are drawn once their canvases are in the document (Chart.js measures the parent box).
  charts = [bandsChart(bandsPanel.canvas, bands), monthlyChart(monthlyPanel.canvas, months)];
  dashboard.dataset.area = d.area.province ?? d.area.district?.code ?? d.area.level;
  dashboard.dataset.state = 'ready';
}

// ---- wiring ---------------------------------------------------------------------------------------------------

signinForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const key = keyInput.value.trim();
  if (!key) return;
  void signIn(key);
});
signoutButton.addEventListener('click', signOut);
provinceSelect.addEventListener('change', () => void load(scopeFromPicker()));

const stored = sessionStorage.getItem(KEY_STORAGE);
if (stored) void signIn(stored);
else showSignin();
