/*
 * A range of years written right after a software product's name is a range of its versions, not a time the
 * person spent anywhere: "Installed and troubleshot end user software (Microsoft Office 2003-2008 including
 * Outlook)" made a role of 2003–2008 on a help-desk resume whose dated roles begin in 2012 (round j, G243:
 * "8.3 years of experience by the dates on the resume" for about four). Same shape: "MS Office 2003-2010
 * (Excel, Access…)", "Windows Server 2000-2012", "MS SQL Server 2000-2008", "Microsoft Visio, 2008-2010",
 * "migrating from Microsoft Exchange 2010 to 2016".
 *
 * Only a product name that cannot be a workplace or a job: a bare "Office", "Server" or "Exchange" can
 * ("Dental Office 2003-2008", a restaurant's "Server 2003-2008", "Stock Exchange 2003-2008"), so those count
 * only with the maker or platform before them ("MS Office", "Windows Server", "SQL Server", "Microsoft
 * Exchange", "Exchange Server"); the same for "Access", "Word" and "Project". The range must begin with a bare year (a version is
 * a year, never a month). Measured over the 2,484 LiveCareer resumes: see evals/rediscovery-judged/README.md,
 * fixes after round j.
 */
const MAKER = String.raw`(?:ms|microsoft|windows|sql|exchange|visual)`;
const VERSIONED = new RegExp(
  String.raw`(?:\b${MAKER}\s+(?:office|server|exchange|access|word|project|studio|dynamics)|\bexchange\s+server|\b(?:quickbooks|autocad|sharepoint|visio|powerpoint|outlook|excel|sccm|windows))[ \t]*,?[ \t]*$`,
  'i',
);

/** Whether the range at `index` of `line` (its text `written`) is a span of a product's versions. */
export function isVersionRange(line: string, index: number, written: string): boolean {
  if (!/^\s*(?:19|20)\d\d\b(?!\s*\/)/.test(written)) return false;
  return VERSIONED.test(line.slice(Math.max(0, index - 40), index));
}
