import type { Profession } from './reference';

export interface Municipality {
  id: number;
  name: string;
  code: number;
  ean: string | null;
  address: string | null;
  contactPerson: string | null;
  contactEmail: string | null;
  participatingFrom: string | null;
  participatingTo: string | null;
  financeReference: string | null;
  orderNumber: string | null;
  accountString: string | null;
  paymentTermsDays: number | null;
}

export interface Mentor {
  id: number;
  name: string;
  profession: Profession;
  employerMunicipalityId: number;
  employerMunicipalityName: string;
  hoursPerWeek: number;
  capacity: number;
  activeFrom: string;
  activeTo: string | null;
  schools: string[];
  email: string | null;
  phone: string | null;
  /** Active today: started and not yet ended. */
  active: boolean;
}

export interface AppInfo {
  version: string;
  dataFile: string;
  schemaVersion: number;
  corpsName: string | null;
  /** False until the coordinator chose "start empty" or "load demo". */
  setupDone: boolean;
  today: string;
}
