/**
 * Registrable offences (Sex Offenders Register Rules 2023, s.2(h)): PPC 292A-C, 371A/B, 375, 375A, 376, 377, 377A/B and
 * the PECA 2016 sexual offences (s.21 modesty of a person or minor, s.22 child pornography). PPC 354/354A are excluded.
 */
export const REGISTRABLE_SECTIONS: readonly string[] = [
  'PPC 292A', 'PPC 292B', 'PPC 292C', 'PPC 371A', 'PPC 371B', 'PPC 375', 'PPC 375A', 'PPC 376', 'PPC 377',
  'PPC 377A', 'PPC 377B', 'PECA 21', 'PECA 22',
];

const SECTION = /^(PPC|PECA)[\s-]*(\d{1,3}[A-Z]?)$/;

/** `ppc-376`, `PPC376`, `PPC 376` → `PPC 376`; null when the text is not a statute section at all. */
export function normaliseSection(text: string): string | null {
  const m = SECTION.exec(text.trim().toUpperCase());
  return m ? `${m[1]} ${m[2]}` : null;
}
