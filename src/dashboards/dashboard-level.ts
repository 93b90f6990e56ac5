import { registerEnumType } from 'type-graphql';

export enum DashboardLevel {
  NATIONAL = 'NATIONAL',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  TEHSIL = 'TEHSIL',
  JURISDICTION = 'JURISDICTION',
}
registerEnumType(DashboardLevel, {
  name: 'DashboardLevel',
  description: 'What kind of area a dashboard covers.',
  valuesConfig: {
    NATIONAL: { description: 'Pakistan; its children are the provinces.' },
    PROVINCE: { description: 'A province or territory; its children are its districts.' },
    DISTRICT: { description: 'A district; its children are the tehsils recorded on its households.' },
    TEHSIL: { description: 'A tehsil of a district; no children.' },
    JURISDICTION: { description: 'A viewer\'s set of districts (`scope: {}` for a DISTRICTS jurisdiction); its children are those districts.' },
  },
});
