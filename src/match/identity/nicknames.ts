/*
 * Given names that are commonly the same person's name: nicknames, short forms and spelling
 * variants. Each line is one group; a name may sit in several groups (Alex → Alexander, Alexandra),
 * and two names are compatible when they share a group. Two *different* known names that share no
 * group (Alexander/Alexandra, Maria/Marie, Mark/Mary) are treated as different people, which is why
 * this table also guards the typo rule. It encodes naming conventions only — nothing about a person.
 */
const GROUPS: string[] = [
  'robert bob bobby rob robbie bert',
  'william bill billy will willy liam',
  'elizabeth liz lizzie beth betty eliza lisa libby elisabeth',
  'katherine kate katie kathy cathy catherine kathryn kat kit',
  'michael mike mikey mick mickey micheal',
  'alexander alex al xander sasha aleksandr alexandre alejandro alessandro',
  'alexandra alex alexa lexi sasha sandra',
  'richard rick ricky rich dick',
  'james jim jimmy jamie',
  'john jon johnny jack',
  'jonathan jon jonny john nathan',
  'joseph joe joey jose',
  'thomas tom tommy',
  'christopher chris kit topher',
  'christine chris chrissy tina kristine',
  'christina chris tina kristina',
  'daniel dan danny',
  'danielle dani',
  'daniela dani',
  'david dave davey',
  'edward ed eddie ted ned',
  'matthew matt matty',
  'nicholas nick nicky nico nicolas',
  'anthony tony antonio',
  'andrew andy drew',
  'benjamin ben benny',
  'charles charlie chuck chas',
  'stephen steve steven stevie',
  'samuel sam sammy',
  'samantha sam sammy',
  'patrick pat paddy',
  'patricia pat patty trish tricia',
  'margaret maggie meg peggy marge',
  'jennifer jen jenny jenn',
  'jessica jess jessie',
  'rebecca becky becca',
  'susan sue susie suzanne',
  'deborah debbie deb debra',
  'victoria vicky tori',
  'abigail abby gail',
  'gregory greg',
  'timothy tim timmy',
  'jeffrey jeff geoffrey geoff',
  'kenneth ken kenny',
  'ronald ron ronnie',
  'donald don donnie',
  'raymond ray',
  'lawrence larry laurence',
  'gerald gerry jerry',
  'peter pete',
  'philip phil phillip',
  'frederick fred freddie',
  'henry hank harry',
  'harold harry hal',
  'zachary zach zack',
  'joshua josh',
  'nathaniel nate nathan',
  'jacob jake',
  'benedict ben',
  'leonard leo len lenny',
  'theodore ted teddy theo',
  'eugene gene',
  'vincent vince vinny',
  'douglas doug',
  'walter walt wally',
  'francis frank frankie francisco paco',
  'frances fran frankie',
  'allison allie ali alison',
  'amanda mandy',
  'cynthia cindy',
  'dorothy dot dottie',
  'eleanor ellie nora elenor',
  'emily em emmy',
  'gabriel gabe',
  'gabrielle gabby gabi',
  'isabel izzy isabelle isabella bella',
  'jacqueline jackie',
  'judith judy',
  'kimberly kim',
  'madeline maddie madeleine',
  'melissa mel missy',
  'natalie nat',
  'pamela pam',
  'sarah sara sally',
  'stephanie steph',
  'theresa terry tess teresa',
  'valerie val',
  'veronica ronnie',
  'ann anne anna annie hannah',
  'eric erik',
  'mohammed mohammad muhammad mohamed mohamad',
  'dmitri dmitry dima',
  'ekaterina katya',
  'yevgeny evgeny eugene zhenya',
  'giuseppe joseph beppe',
  'guillermo william memo',
  'enrique henry quique',
  'ignacio nacho',
  'manuel manny',
  'maria',
  'marie',
  'mary molly polly',
  'mark marc marcus',
  'martin marty',
  'sean shaun shawn',
  'catalina cata',
  'christian chris',
  'oliver ollie olly',
  'tomasz tomek',
  'katarzyna kasia kasha',
  'malgorzata gosia',
  'wojciech wojtek',
  'aleksander olek alek',
  'roberto beto',
  'alberto beto al',
  'eduardo edu lalo',
  'jesus chuy',
  'luis lucho',
  'giovanni gianni',
  'johannes hans jan',
  'wilhelm willi',
  'priya',
  'wei',
];

const groupsByName = new Map<string, number[]>();
GROUPS.forEach((line, index) => {
  for (const name of line.split(' ')) {
    const list = groupsByName.get(name) ?? [];
    list.push(index);
    groupsByName.set(name, list);
  }
});

/** The nickname groups a given name belongs to (empty when the table does not know it). */
export function nicknameGroups(name: string): readonly number[] {
  return groupsByName.get(name) ?? [];
}

/** True when the table knows `name` as a given name. */
export function isKnownGivenName(name: string): boolean {
  return groupsByName.has(name);
}

/** True when both names are known and share a group (Bob/Robert, Liz/Elizabeth). */
export function areNicknames(a: string, b: string): boolean {
  const groupsA = groupsByName.get(a);
  const groupsB = groupsByName.get(b);
  if (!groupsA || !groupsB) return false;
  return groupsA.some((g) => groupsB.includes(g));
}
