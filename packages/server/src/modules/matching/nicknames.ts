/**
 * English given names and the short forms people register under, one group a line: a name in a
 * group matches any other in it. Data, not rules: add a group when a match is missed because of
 * a short form.
 */
const GROUPS = `
abigail abbie abby gail
alexander alex alec sandy xander
alexandra alex alexa lexi sandra sandy
alfred alf alfie fred freddie
andrew andy drew
anthony tony ant
barbara barb babs
benjamin ben benny benji
bernard bernie
catherine cathy kate katie cath kathryn katherine kat
charles charlie chas chuck
charlotte charlie lottie
christine chris chrissie christina
christopher chris kit topher
daniel dan danny
david dave davey
deborah debbie deb debra
dominic dom
donald don donnie
dorothy dot dottie
edward ed eddie ted ned teddy
elizabeth liz lizzie beth betty eliza libby bess
eleanor ellie nell nora elle
emily em emmy
frances fran fanny
francis frank frankie
frederick fred freddie
gabriel gabe
gareth gaz
gary gaz
geoffrey geoff jeff jeffrey
gerald gerry
harold harry hal
harriet hattie
henry harry hal hank
isabel isabelle izzy bella isobel
jacob jake
james jim jimmy jamie jay
janet jan
jennifer jen jenny
jessica jess jessie
john jon jack johnny
jonathan jon jonny nathan
joseph joe joey
joshua josh
judith judy jude
katherine kate kathy katie kat kay
kenneth ken kenny
lawrence larry laurie laurence
leonard len lenny leo
lucy lou
margaret maggie meg peggy maisie marge madge greta
matthew matt matty
megan meg
michael mike mick micky mikey
nathaniel nat nathan
nicholas nick nicky
oliver ollie olly
patricia pat patsy trish tricia
patrick pat paddy
peter pete
philip phil pip phillip
rebecca becky becca
richard rich richie dick rick ricky
robert rob bob bobby robbie bert
ronald ron ronnie
samantha sam sammy
samuel sam sammy
sarah sally sadie sara
stephen steve stevie steven
stuart stu stewart
susan sue susie suzanne
terence terry
theodore theo ted teddy
thomas tom tommy
timothy tim timmy
victoria vicky tori
vincent vince vinny
walter walt wally
william will bill billy liam willie
zachary zach zak
`;

/** Each name's group numbers (a name can be in more than one group: "sam", "chris"). */
const GROUP_OF = new Map<string, number[]>();
GROUPS.trim()
  .split('\n')
  .forEach((line, index) => {
    for (const name of line.trim().split(/\s+/)) GROUP_OF.set(name, [...(GROUP_OF.get(name) ?? []), index]);
  });

/** True when one name is a recorded short form of the other (or they share a group). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = GROUP_OF.get(a);
  const gb = GROUP_OF.get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
}

/** Every short or full form recorded for a given name (for generating test data). */
export function otherFormsOf(name: string): string[] {
  const groups = GROUP_OF.get(name) ?? [];
  const lines = GROUPS.trim().split('\n');
  return [...new Set(groups.flatMap((g) => lines[g]!.trim().split(/\s+/)))].filter((n) => n !== name);
}
