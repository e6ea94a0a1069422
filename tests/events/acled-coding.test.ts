/**
 * ACLED's codebook, one rule per test, through the whole pipeline (world gazetteer): short reports of our own
 * writing, in the ways wire copy and monitoring notes put them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '@/lib/events/types';
import { loadWorldGazetteer } from '@/lib/gazetteer/world';
import type { Gazetteer } from '@/lib/gazetteer/types';
import { processArticle } from '@/lib/pipeline/index';
import type { Article } from '@/lib/text/types';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadWorldGazetteer();
});

function eventsOf(text: string, date = '2021-03-14'): ExtractedEvent[] {
  const article: Article = { id: 'note', text, title: null, date, source: null, bodyStart: 0, titleStart: null };
  return processArticle(article, gazetteer).events;
}

function only(text: string): ExtractedEvent {
  const events = eventsOf(text);
  expect(events).toHaveLength(1);
  return events[0] as ExtractedEvent;
}

const kind = (e: ExtractedEvent): string => `${e.eventType} / ${e.subEventType}`;
const names = (e: ExtractedEvent): string[] => e.actors.map((a) => a.acledName);

describe('protests and riots', () => {
  it('codes a sit-in as a Peaceful protest with Protesters of the country as actor1', () => {
    const e = only('On 12 March 2021, nurses staged a sit-in outside the provincial hospital in Peshawar demanding unpaid salaries.');
    expect(kind(e)).toBe('Protests / Peaceful protest');
    expect(names(e)[0]).toBe('Protesters (Pakistan)');
    expect(e.date?.date).toBe('2021-03-12');
  });

  it('codes tear gas against marchers as a Protest with intervention, the police as actor2', () => {
    const e = only('Police fired tear gas to disperse hundreds of students marching on parliament in Kampala on Friday.');
    expect(kind(e)).toBe('Protests / Protest with intervention');
    expect(e.actors.map((a) => [a.acledName, a.side])).toEqual([
      ['Protesters (Uganda)', 1],
      ['Police Forces of Uganda', 2],
    ]);
  });

  it('codes protesters shot dead by security forces as Excessive force against protesters', () => {
    const e = only('Security forces shot dead three protesters during a march against fuel prices in Khartoum.');
    expect(kind(e)).toBe('Protests / Excessive force against protesters');
    expect(e.fatalities).toBe(3);
  });

  it('codes a protest that turns to burning tyres and stone-throwing as a Violent demonstration with Rioters', () => {
    const e = only('Demonstrators burned tyres and threw stones at police in Tunis after the arrest of a local activist.');
    expect(kind(e)).toBe('Riots / Violent demonstration');
    expect(names(e)[0]).toBe('Rioters (Tunisia)');
  });

  it('upgrades a protest when a later sentence of its paragraph reports violence, and keeps one event', () => {
    const events = eventsOf('Hundreds of residents protested in Arequipa against water cuts. They later threw stones at the town hall.');
    expect(events.map(kind)).toEqual(['Riots / Violent demonstration']);
  });

  it('reads "demonstrators who pelted stones" as the crowd\'s own violence, and tear gas shells as no shelling', () => {
    const e = only('On 3 March 2021, police fired tear gas shells at demonstrators who pelted stones at them in Srinagar.');
    expect(kind(e)).toBe('Riots / Violent demonstration');
  });

  it('reads the crowd\'s act after the protest\'s cause: "residents demonstrating against the curfew vandalized a police station"', () => {
    expect(only('On 5 May 2021, residents demonstrating against the curfew vandalized a police station in Koutiala.').eventType).toBe('Riots');
    expect(only('On 5 May 2021, residents demonstrated against the curfew in Koutiala, demonstrators burned the police station.').eventType).toBe('Riots');
  });

  it('codes demonstrators barricading roads as a Violent demonstration, as ACLED codes road-blocking with barricades', () => {
    expect(kind(only('On 5 May 2021, market women barricaded the main road into Banfora to demand the reopening of the market.'))).toBe('Riots / Violent demonstration');
  });

  it('codes police assaulting marchers as a Protest with intervention, not the crowd\'s riot', () => {
    const e = only('On 1 May 2021, police assaulted demonstrators who were marching against fuel prices in Khartoum.');
    expect(kind(e)).toBe('Protests / Protest with intervention');
  });

  it('reads a road blocked with stones and words like "looted funds" as no violence of the protest', () => {
    expect(kind(only('On 1 May 2021, villagers blocked the road with stones in Solola to protest against power cuts.'))).toBe('Protests / Peaceful protest');
    expect(kind(only('On 1 May 2021, protesters gathered outside parliament in Beirut demanding the recovery of looted funds.'))).toBe('Protests / Peaceful protest');
  });

  it('codes protesters attacking the police as a Violent demonstration, not a peaceful protest', () => {
    expect(kind(only('On 3 March 2021, protesters attacked police outside the governor\'s office in Kano.'))).toBe('Riots / Violent demonstration');
  });

  it('keeps a protest whose cause is told in a hedged clause ("regulations, which would prolong the curfew")', () => {
    const e = only('On 3 March 2021, tour operators held a protest in Vlore against new regulations, which would prolong the curfew.');
    expect(kind(e)).toBe('Protests / Peaceful protest');
  });

  it('reads an organisation\'s name in quotation marks as a name, not as a quotation without a speaker', () => {
    const e = only('On 4 March 2021, residents with the "Committee for the Defence of Water Rights" held a sit-in in Sfax.');
    expect(kind(e)).toBe('Protests / Peaceful protest');
  });

  it('reads a figure in quotation marks as the source\'s words, not as a quotation without a speaker', () => {
    const e = only('On 3 March 2021, a "big number" of motorcycle taxi drivers protested in Torit town against the lockdown.');
    expect(kind(e)).toBe('Protests / Peaceful protest');
  });

  it('keeps a protest whose reason is told with a hedge ("fearing that it may spread")', () => {
    const e = only('On 6 May 2021, residents staged a protest in Allahabad against the cremation of a patient, fearing that it may spread the virus.');
    expect(kind(e)).toBe('Protests / Peaceful protest');
  });

  it('still drops an event only said to be possible ("could march")', () => {
    expect(eventsOf('On 3 March 2021, tour operators could march in Vlore next week.')).toHaveLength(0);
  });

  it('turns a protest into a Violent demonstration with Rioters alone when a later sentence tells what the crowd destroyed', () => {
    const e = only('On 6 May 2021, taxi drivers demonstrated in Mamou town after a police car knocked down a colleague. The demonstrators destroyed all the control posts.');
    expect(kind(e)).toBe('Riots / Violent demonstration');
    expect(names(e)).toEqual(['Rioters (Guinea)']);
  });

  it('codes people lynched with nobody named as Mob violence, and journalists injured by traders too', () => {
    expect(kind(only('On 5 May 2021, in Puebla, two men accused of robbery were lynched and burned inside a vehicle.'))).toBe('Riots / Mob violence');
    expect(kind(only('On 5 May 2021, five photojournalists were injured by traders in a market of Rajshahi city.'))).toBe('Riots / Mob violence');
  });

  it('codes a lynching by residents as Mob violence', () => {
    const e = only('Residents lynched a suspected cattle thief in Mbarara on Tuesday.');
    expect(kind(e)).toBe('Riots / Mob violence');
  });

  it('codes clashes between a crowd and the police with no gunfire as Mob violence, not a battle', () => {
    const e = only('On 3 March 2021, clashes broke out between street vendors and police officers enforcing the curfew in Hebron.');
    expect(e.eventType).toBe('Riots');
  });

  it('keeps a clash a battle when the crowd word stands beside armed people: cartel members, militias, armed youth', () => {
    for (const text of [
      'On 4 May 2021, in Matamoros, alleged members of the Gulf Cartel clashed with state police. One person was injured.',
      'On 8 May 2021, Nigerian Armed Forces clashed with militias around Zaki Biam and killed a militia leader blamed for attacks on civilians.',
      'On 29 April 2021, armed youth clashed with police officers in Rumbek, killing one officer.',
    ]) {
      expect(kind(only(text)), text).toBe('Battles / Armed clash');
    }
  });

  it('codes a grenade attack that the targeted forces answered with gunfire as an Armed clash', () => {
    const e = only('On 1 May 2021, Al Shabaab militants threw a hand grenade at police in Mogadishu. Police responded with gunfire.');
    expect(kind(e)).toBe('Battles / Armed clash');
    expect(names(e)).toEqual(['Al Shabaab', 'Police Forces of Somalia']);
    expect(kind(only('On 1 May 2021, Al Shabaab militants threw a hand grenade at police in Mogadishu. Two officers were hurt.'))).toBe(
      'Explosions/Remote violence / Grenade',
    );
  });

  it('reads a civilian vehicle, a refugee camp or a cattle camp as no armed target: fire at them is an Attack', () => {
    for (const text of [
      'On 9 May 2021, soldiers opened fire on a civilian vehicle in Dhuusamarreeb, wounding the driver.',
      'On 6 May 2021, militiamen attacked a cattle camp near Tonj, killing three herders.',
    ]) {
      expect(kind(only(text)), text).toBe('Violence against civilians / Attack');
    }
  });

  it('codes heavy machine-gun fire at the east of a town, with no one firing back, as Shelling', () => {
    const e = only('On 3 May 2021, pro-Houthi forces fired 14.5mm machine guns at the east of Madinat al Salah in Hodeidah. No fatalities were reported.');
    expect(kind(e)).toBe('Explosions/Remote violence / Shelling/artillery/missile attack');
  });

  it('codes machine-gun fire by one side at an area of a town, nobody hit and nobody firing back, as Shelling', () => {
    for (const text of [
      'On 2 May 2021, National Resistance forces fired machine guns at the As Shaab area of Hodeidah city.',
      'On 9 May 2021, National Resistance forces fired machine guns at various locations in the 50 Street area of Hodeidah city.',
    ]) {
      expect(kind(only(text)), text).toBe('Explosions/Remote violence / Shelling/artillery/missile attack');
    }
    expect(kind(only('On 2 May 2021, National Resistance forces fired machine guns at Houthi positions in Hodeidah city.'))).toBe('Battles / Armed clash');
  });

  it('names the Baloch Liberation Army as ACLED does', () => {
    expect(names(only('On 3 May 2021, BLA militants blew up a railway track in Quetta with an IED.'))[0]).toBe('BLA: Baloch Liberation Army');
  });

  it('reads Afghanistan\'s NDS as state forces: gunmen killing NDS members fought an Armed clash with them', () => {
    const e = only('On 3 May 2021, 2 NDS members were shot and killed by unknown gunmen in Ghoryan, Herat.');
    expect(kind(e)).toBe('Battles / Armed clash');
    expect(names(e)).toContain('Police Forces of Afghanistan National Directorate of Security');
  });

  it('keeps clashes between militants and the police a battle', () => {
    const e = only('On 3 March 2021, clashes broke out between al-Shabaab militants and police officers in Afgooye.');
    expect(kind(e)).toBe('Battles / Armed clash');
  });

  it('names a crowd by the country its people come from, not the one it gathers in', () => {
    expect(names(only('On 7 May 2021, Chinese tourists held a protest at the tourism board in Kathmandu, demanding flights home.'))[0]).toBe('Protesters (China)');
    expect(names(only('On 7 May 2021, around 300 Venezuelan migrants protested on a highway in Bogota.'))[0]).toBe('Protesters (Venezuela)');
    expect(names(only('On 7 May 2021, students protested outside the university in Kathmandu.'))[0]).toBe('Protesters (Nepal)');
  });

  it('codes an IED detonated by members of an unnamed outfit as Remote violence, not a crowd\'s Mob violence', () => {
    expect(only('On 28 April 2021, suspected members of an outlawed outfit detonated an IED targeting an army patrol near Kamjong.').eventType).toBe(
      'Explosions/Remote violence',
    );
    expect(names(only('On 28 April 2021, members of an armed militant group detonated an IED near Kamjong.'))[0]).toBe('Unidentified Armed Group (India)');
  });

  it('reads idioms with riot words in them as no riot: teachers who barricaded themselves in, patients who stormed out', () => {
    expect(kind(only('On 1 May 2021, in Hinche, teachers went on strike and barricaded themselves into an office of the ministry.'))).toBe('Protests / Peaceful protest');
    expect(kind(only('On 1 May 2021, about 30 patients stormed out of the hospital in Uralsk and protested on the premises.'))).toBe('Protests / Peaceful protest');
    expect(kind(only('On 1 May 2021, workers fired from their jobs protested outside the factory in Tema.'))).toBe('Protests / Peaceful protest');
  });

  it('codes people found dead as an Attack by an unidentified group: the crowd word names the dead, not a mob', () => {
    for (const text of [
      'On 4 May 2021, in Leon, three people died and were found wrapped in blankets in Colonia Portales.',
      'On 2 May 2021, in Ciudad Juarez, three workers were found dead inside a sewer. The bodies were mutilated.',
    ]) {
      expect(kind(only(text)), text).toBe('Violence against civilians / Attack');
    }
  });

  it('codes a beating by a few unnamed people with no weapon as Mob violence with Rioters, not an armed group\'s Attack', () => {
    for (const text of [
      'On 6 May 2021, a shopkeeper was beaten to death by four men in Comilla after an argument over a debt.',
      'On 6 May 2021, in Arequipa, a group of neighbours caught a thief, tied him to a post and beat him.',
      'On 6 May 2021, unidentified individuals threw stones at a reporter and injured him in Conakry.',
    ]) {
      const e = only(text);
      expect(kind(e), text).toBe('Riots / Mob violence');
      expect(names(e)[0], text).toMatch(/^Rioters \(/);
    }
  });

  it('keeps a beating by armed men, by the police, with a weapon, or a rape an Attack', () => {
    for (const text of [
      'On 6 May 2021, armed men beat a shopkeeper to death in Comilla.',
      'On 6 May 2021, police officers beat a street vendor in Comilla.',
      'On 6 May 2021, four men beat a shopkeeper with iron rods and stabbed him in Comilla.',
      'On 6 May 2021, five men beat and raped a woman in Comilla.',
    ]) {
      expect(only(text).eventType, text).toBe('Violence against civilians');
    }
  });

  it('codes a crowd\'s burning told before the paragraph names the demonstration as a Violent demonstration', () => {
    const e = only(
      'On 9 May 2021, in Rosario, workers of a textile plant set fire to tires at the gate. They demanded their unpaid wages. The police tried to contain the demonstration.',
    );
    expect(kind(e)).toBe('Riots / Violent demonstration');
    expect(names(e)[0]).toBe('Rioters (Argentina)');
  });

  it('keeps an armed group\'s arson in a paragraph that later tells of a protest Looting/property destruction', () => {
    const events = eventsOf('On 9 May 2021, gunmen set fire to a school in Kaduna. Residents protested the next day.');
    expect(events.map(kind)).toContain('Strategic developments / Looting/property destruction');
    expect(events.map(kind)).not.toContain('Riots / Violent demonstration');
  });

  it('codes a clash between two village groups over land as Mob violence, not a battle', () => {
    const e = only('Two village groups clashed over a land dispute near Bhagalpur, leaving six people injured.');
    expect(kind(e)).toBe('Riots / Mob violence');
  });
});

describe('political violence', () => {
  it('codes soldiers fighting al-Shabaab as an Armed clash between the two', () => {
    const e = only('Somali soldiers clashed with al-Shabaab fighters near Baidoa, killing four militants.');
    expect(kind(e)).toBe('Battles / Armed clash');
    expect(names(e)).toEqual(['Military Forces of Somalia', 'Al Shabaab']);
    expect(e.fatalities).toBe(4);
  });

  it('codes militants attacking or clashing with the police as an Armed clash with the police as actor2', () => {
    for (const text of ['On 3 March 2021, Taliban attacked police in Kunduz.', 'On 3 March 2021, Taliban fighters clashed with police in Kunduz.']) {
      const e = only(text);
      expect(kind(e)).toBe('Battles / Armed clash');
      expect(names(e)).toEqual(['Taliban', 'Police Forces of Afghanistan']);
    }
  });

  it('codes a man killed after exchanging fire with the police as an Armed clash, not an attack on a civilian', () => {
    const e = only('On 3 March 2021, in Aracaju, Sergipe, a man was killed after exchanging fire with military police forces during a patrol.');
    expect(kind(e)).toBe('Battles / Armed clash');
    expect(names(e)).toEqual(['Military Forces of Brazil Military Police', 'Unidentified Armed Group (Brazil)']);
  });

  it('reads "the Military Police" as one actor, not the military and the police', () => {
    const e = only('On 3 March 2021, in Itaborai, Rio de Janeiro, a shoot-out broke out between the Military Police and drug traffickers.');
    expect(names(e)[0]).toBe('Military Forces of Brazil Military Police');
    expect(names(e)).not.toContain('Police Forces of Brazil');
  });

  it('names an unidentified perpetrator of a drive-by shooting an Unidentified Gang, as ACLED does for organised crime', () => {
    const e = only('On 3 March 2021, in Acapulco, Guerrero, two armed men on a motorcycle carried out a drive-by shooting against a shopkeeper.');
    expect(names(e)[0]).toBe('Unidentified Gang (Mexico)');
  });

  it('takes the actor an attack is said to be "by" as actor1, wherever the attack is told', () => {
    const e = only('On 3 March 2021, six Taliban militants were killed following attacks by Afghan police forces in Tarinkot city.');
    expect(names(e)).toEqual(['Police Forces of Afghanistan', 'Taliban']);
  });

  it('reads the country written after a generic actor ("military forces of Armenia")', () => {
    const e = only('On 3 March 2021, military forces of Armenia fired on the positions of the military forces of Azerbaijan near Gadabay.');
    expect(names(e)).toEqual(['Military Forces of Armenia', 'Military Forces of Azerbaijan']);
  });

  it('codes a "Taliban-planted landmine" as an IED attack by the Taliban ("planted" is no plan)', () => {
    const e = only('On 3 March 2021, a policeman was killed when he was hit by a Taliban-planted landmine in Kandahar city.');
    expect(kind(e)).toBe('Explosions/Remote violence / Remote explosive/landmine/IED');
    expect(names(e)).toEqual(['Taliban', 'Police Forces of Afghanistan']);
  });

  it('codes armed men attacking a group of people as an Attack on civilians, not a battle', () => {
    const e = only('On 8 May 2021, in Guaymas, Sonora, several armed men attacked a group of people in a park.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
  });

  it('codes gunmen killing a trader as an Attack on civilians by an Unidentified Armed Group', () => {
    const e = only('Unidentified gunmen shot dead a trader at a market in Maiduguri.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
    expect(names(e)).toEqual(['Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)']);
    expect(e.fatalities).toBe(1);
  });

  it('codes gunmen killing a person named by an agentive noun ("a tax collector") as an Attack, not a battle', () => {
    const e = only('On 3 March 2021, unidentified gunmen killed a tax collector at the bus station of Kano.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
  });

  it('codes soldiers firing rounds "at two Moroccans" as an Attack: a demonym as a noun is a person', () => {
    const e = only('On 3 March 2021, soldiers fired live rounds at two Moroccans near the border fence at Oujda.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
  });

  it('codes the killing of an off-duty soldier as an Attack on a civilian, as the codebook says', () => {
    const e = only('On 3 March 2021, al-Shabaab militants shot dead a soldier (assumed off-duty) at his home in Baidoa.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
    expect(names(e)[0]).toBe('Al Shabaab');
  });

  it('reads the head of a compound victim ("a chief police officer"): an attack on the police is an Armed clash', () => {
    const e = only('On 3 March 2021, in Tijuana, armed men attacked a chief police officer outside his home.');
    expect(kind(e)).toBe('Battles / Armed clash');
  });

  it('keeps soldiers killing fighters of a named group an Armed clash', () => {
    const e = only('On 3 March 2021, soldiers killed three members of al-Shabaab near Baidoa.');
    expect(kind(e)).toBe('Battles / Armed clash');
  });

  it('does not count the police who "believe" something as a side of the shooting', () => {
    const e = only('On 3 March 2021, in Kingston, a man was shot and wounded by three gunmen in what police believe was a robbery.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
  });

  it('codes a body found with gunshot wounds as an Attack even with no perpetrator named', () => {
    const e = only('The body of a man was found with gunshot wounds in Culiacan. 1 fatality.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
    expect(e.fatalities).toBe(1);
  });

  it('codes a killing as an Armed clash when a later sentence says the victim was a gang member', () => {
    const e = only('On 3 March 2021, in Recife, a man was shot dead by two armed men. The victim was an alleged gang member.');
    expect(kind(e)).toBe('Battles / Armed clash');
    expect(names(e)[0]).toBe('Unidentified Gang (Brazil)');
  });

  it('codes an attack on a drug dealer, or on a man the report later says was involved in a gang, as an Armed clash', () => {
    for (const text of [
      'On 6 May 2021, in Tepeaca, armed men attacked an alleged drug dealer. The man died.',
      'On 6 May 2021, in Ixtapaluca, an alleged male drug dealer was shot dead by several armed individuals.',
      'On 30 April 2021, in Parauapebas, a man was killed in a drive-by shooting. The victim was involved in a gang.',
    ]) {
      expect(kind(only(text)), text).toBe('Battles / Armed clash');
    }
  });

  it('codes suspects shot in an operation against drug trafficking as an Armed clash', () => {
    const events = eventsOf('On 3 March 2021, in Recife, police carried out an operation against drug trafficking. Two suspects were shot and injured.');
    expect(events.map(kind)).toContain('Battles / Armed clash');
    expect(events.map(kind)).not.toContain('Violence against civilians / Attack');
  });

  it('keeps a killing an Attack when nothing says the victim was armed', () => {
    const e = only('On 3 March 2021, in Recife, a man was shot dead by two armed men. The victim was a street vendor.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
  });

  it('reads "sentenced to death and executed" as a killing: the "to" of "to death" plans nothing', () => {
    expect(kind(only('On 3 March 2021, al-Shabaab militants sentenced to death and executed a young man in Baidoa.'))).toBe('Violence against civilians / Attack');
  });

  it('codes a kidnapping as Abduction/forced disappearance', () => {
    expect(kind(only('Armed men kidnapped two aid workers on the road to Kidal.'))).toBe(
      'Violence against civilians / Abduction/forced disappearance',
    );
  });

  it('codes shelling as Shelling/artillery/missile attack and warplanes striking as an Air/drone strike', () => {
    expect(kind(only('Government forces shelled the outskirts of Kafr Nabl on Sunday.'))).toBe(
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
    expect(kind(only('Warplanes struck a fuel depot in Misrata overnight.'))).toBe('Explosions/Remote violence / Air/drone strike');
  });

  it('codes a rocket launched at a town as Shelling, with no attack word; leaflets dropped are no event', () => {
    expect(kind(only('On 3 March 2021, militants launched a rocket into Sderot from the north of the Gaza Strip.'))).toBe('Explosions/Remote violence / Shelling/artillery/missile attack');
    expect(eventsOf('On 3 March 2021, helicopters dropped leaflets over Kandahar.')).toEqual([]);
  });

  it('codes a roadside bomb as Remote explosive/landmine/IED and a thrown grenade as Grenade', () => {
    expect(kind(only('A roadside bomb exploded near a police patrol in Kandahar, wounding two officers.'))).toBe(
      'Explosions/Remote violence / Remote explosive/landmine/IED',
    );
    expect(kind(only('Militants threw a grenade at a checkpoint in Srinagar.'))).toBe('Explosions/Remote violence / Grenade');
  });

  it('codes heavy machine-gun fire at residential areas as Shelling, one side firing at an area', () => {
    const e = only('On 3 March 2021, Houthi forces fired 14.5mm and 23mm machine guns at residential areas of Zabid.');
    expect(kind(e)).toBe('Explosions/Remote violence / Shelling/artillery/missile attack');
    expect(names(e)[0]).toBe('Military Forces of Yemen (2016-) Supreme Political Council');
  });

  it('keeps machine-gun fire at army positions an Armed clash', () => {
    const e = only('On 3 March 2021, Houthi forces fired machine guns at army positions in Zabid.');
    expect(kind(e)).toBe('Battles / Armed clash');
  });

  it('keeps a clash between two forces an Armed clash when it involved artillery fire', () => {
    const e = only('On 3 March 2021, a clash between GNA and LNA forces, involving heavy artillery fire, was reported in Gharyan.');
    expect(kind(e)).toBe('Battles / Armed clash');
  });

  it('codes a ground operation backed by airstrikes as an Armed clash, the strikes only its support', () => {
    const e = only('On 3 March 2021, an operation by Afghan special forces, backed by airstrikes, killed 12 Taliban militants in Qalat.');
    expect(kind(e)).toBe('Battles / Armed clash');
  });

  it('makes mortar fire an Armed clash when small arms are fired between the sides too', () => {
    expect(kind(only('Rebels fired mortars and small arms at army positions near Goma.'))).toBe('Battles / Armed clash');
    expect(kind(only('Rebels fired mortars at army positions near Goma.'))).toBe(
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
  });

  it('names foreign state forces as external forces (inter 8) and the host state’s as state forces (inter 1)', () => {
    const e = only('Turkish drones struck a vehicle near Qamishli, killing two people.');
    expect(e.actors[0]).toMatchObject({ acledName: 'Military Forces of Turkey', inter: 8 });
  });
});

describe('strategic developments and non-events', () => {
  it('codes a defused IED as Disrupted weapons use, not an explosion', () => {
    expect(kind(only('Police defused an IED planted on a road in Sukma district.'))).toBe('Strategic developments / Disrupted weapons use');
  });

  it('codes rebels burning houses with no one hurt as Looting/property destruction', () => {
    expect(kind(only('Rebels looted shops and burned houses in Bunia.'))).toBe('Strategic developments / Looting/property destruction');
  });

  it('codes police seizing drugs as Looting/property destruction, not a battle over territory', () => {
    const e = only('On 3 March 2021, federal police seized two tons of cocaine hidden in a lorry near Rosario.');
    expect(kind(e)).toBe('Strategic developments / Looting/property destruction');
    expect(names(e)[0]).toMatch(/^Police Forces of Argentina/);
  });

  it('codes soldiers seizing rifles and explosives as Disrupted weapons use', () => {
    const e = only('On 3 March 2021, soldiers seized six rifles, grenades and explosives in a raid near Tillaberi.');
    expect(kind(e)).toBe('Strategic developments / Disrupted weapons use');
  });

  it('codes a few people smashing a bank\'s windows as Looting/property destruction, not mob violence', () => {
    const e = only('On 3 March 2021, three members of an anarchist group smashed the windows of a bank in Thessaloniki.');
    expect(kind(e)).toBe('Strategic developments / Looting/property destruction');
  });

  it('keeps hundreds of residents torching a police station a Riot', () => {
    const e = only('On 3 March 2021, hundreds of angry residents torched a police station in Kisumu.');
    expect(e.eventType).toBe('Riots');
  });

  it('codes armed forces building fortifications as a Change to group/activity', () => {
    const e = only('On 3 March 2021, Houthi forces reportedly established new fortifications east of Zabid.');
    expect(kind(e)).toBe('Strategic developments / Change to group/activity');
  });

  it('codes police recovering crude bombs as Disrupted weapons use', () => {
    const e = only('On 3 March 2021, police recovered 40 crude bombs from a house in Bhagalpur.');
    expect(kind(e)).toBe('Strategic developments / Disrupted weapons use');
  });

  it('codes a severed head found in a town as an Attack with one death', () => {
    const e = only('On 3 March 2021, a human head was found in a plastic bag in Uruapan, Michoacan. 1 fatality.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
  });

  it('codes Israeli settlers uprooting trees as Looting/property destruction by Settlers (Israel), at the village, not at their settlement', () => {
    const e = only('On 3 March 2021, Israeli settlers from the Efrat settlement uprooted 300 olive trees in the village of al Khadir.');
    expect(kind(e)).toBe('Strategic developments / Looting/property destruction');
    expect(names(e)[0]).toBe('Settlers (Israel)');
    expect(e.place.place.name).toMatch(/Khadir|Khaḑir/);
  });

  it('codes a truce between armed parties as an Agreement', () => {
    expect(kind(only('The army and the rebels agreed to a ceasefire in Juba.'))).toBe('Strategic developments / Agreement');
  });

  it('makes no event of a denial', () => {
    expect(eventsOf('The Taliban denied they were behind the attack in Kunduz.')).toEqual([]);
  });
});

describe('strategic developments by someone unnamed', () => {
  it('codes an arson attack by people nobody names as Looting/property destruction by an Unidentified Armed Group', () => {
    const e = only('On 7 May 2021, an arson attack targeted a shopping mall in Istanbul, causing material damage.');
    expect(kind(e)).toBe('Strategic developments / Looting/property destruction');
    expect(names(e)).toEqual(['Unidentified Armed Group (Turkey)']);
  });

  it('makes no event of arson as a charge', () => {
    expect(eventsOf('On 7 May 2021, a man in Istanbul was charged with arson.')).toHaveLength(0);
  });
});

describe('placement and precision', () => {
  it('places an event "near" a town at the town with precision 2', () => {
    const e = only('Soldiers clashed with al-Shabaab fighters near Kismayo on Monday.');
    expect(e.place.place.name).toBe('Kismayo');
    expect(e.precision).toBe(2);
  });

  it('places an event told with nobody named where its paragraph has been ("The officers were attacked …")', () => {
    const events = eventsOf('On 7 May 2021, in Volta Redonda, Rio de Janeiro, police officers went to check a tip. The officers were attacked and a shoot-out broke out.');
    expect(events.map((e) => e.place.place.name)).toContain('Volta Redonda');
  });

  it('finds a town written by its former name when the words call it a place ("in Chaghcharan city")', () => {
    const e = only('On 27 April 2021, a soldier was killed when a roadside bomb hit his vehicle in Chaghcharan city, Ghor.');
    expect(e.place.place.placeType).toBe('city');
    expect(e.place.place.countryCode).toBe('AF');
  });

  it('reads a bare "Santiago" as the capital of Chile, not a Dominican province named after its own Santiago', () => {
    const e = only('On 6 May 2021, in Santiago, health workers protested over unpaid wages.');
    expect(e.place.place.countryCode).toBe('CL');
  });

  it('places an event at the town named, with precision 1, not at its province', () => {
    const e = only('In Sfax, Sfax governorate, teachers protested against unpaid bonuses.');
    expect(e.place.place.placeType).not.toBe('admin1');
    expect(e.precision).toBe(1);
  });

  it("trusts the written container over a foreign namesake the gazetteer holds alone (Kivik, Sweden in 'Kivik town (Gazipur, Dhaka)')", () => {
    const e = only('On 3 March 2021, garment workers protested in front of a factory in Kivik town (Gazipur, Dhaka) demanding unpaid wages.');
    expect(e.place.place.countryCode).toBe('BD');
    expect(names(e)[0]).toBe('Protesters (Bangladesh)');
  });

  it("takes a small town written beside a bigger one 1,000 km away for a namesake ('Kivik, Kiruna' is in Kiruna)", () => {
    const e = only('On 3 March 2021, unidentified gunmen shot dead a shopkeeper in Kivik, Kiruna.');
    expect(e.place.place.name).toBe('Kiruna');
  });

  it('reads "the X refugee camp in Y" with X inside Y, past a capitalised adjective', () => {
    const e = only('On 3 March 2021, gunmen opened fire on a shop in the Kivik Palestinian refugee camp in Sidon, killing one man.');
    expect(e.place.place.countryCode).toBe('LB');
  });

  it('does not take "Colonia" of a Mexican neighbourhood for the Uruguayan department', () => {
    const e = only('On 3 March 2021, gunmen shot dead a shopkeeper in Colonia Moderna, Culiacan, Sinaloa.');
    expect(e.place.place.countryCode).toBe('MX');
  });

  it("keeps a village the gazetteer holds in another province out of the province written as its container ('X district, Nangarhar')", () => {
    const e = only('On 3 March 2021, a landmine killed two farmers in Khogyani district, Nangarhar.');
    expect(e.place.place.name).toBe('Nangarhar');
  });

  it('does not look up the generic first word of an unknown Arabic name alone ("Wadi" of "Wadi al-Zaytun")', () => {
    const events = eventsOf('On 3 March 2021, rival militias clashed in Wadi al-Zaytun, south of Tripoli, Libya.');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.place.place.countryCode === 'LY')).toBe(true);
  });

  it('reads a governorate name shared by two countries in the country of the armed group the report names', () => {
    const e = only('On 3 March 2021, Houthi forces shelled a village in Al Bayda governorate, killing a farmer.');
    expect(e.place.place.countryCode).toBe('YE');
  });

  it('does not place a report on the FARDC in a small foreign village its province name resembles', () => {
    const events = eventsOf('On 3 March 2021, CODECO militiamen clashed with FARDC soldiers in Ituri.');
    expect(events.every((e) => e.place.place.countryCode !== 'NG')).toBe(true);
  });

  it('reads a short all-capitals word as an initialism, not the village it spells ("AL" is no Ål, Norway)', () => {
    const events = eventsOf('On 3 March 2021, AL and BNP activists clashed in Comilla, injuring ten people.');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.place.place.countryCode === 'BD')).toBe(true);
  });

  it('does not take a Molotov cocktail for Molotov (the old name of Perm)', () => {
    const text = 'On 3 March 2021, rioters threw Molotov cocktails at a bank in Tripoli, Lebanon.';
    const article: Article = { id: 'note', text, title: null, date: '2021-03-14', source: null, bodyStart: 0, titleStart: null };
    const result = processArticle(article, gazetteer);
    expect(result.mentions.map((m) => m.text)).not.toContain('Molotov');
    expect(result.events.every((e) => e.place.place.countryCode === 'LB')).toBe(true);
  });

  it('reads "Saudi-led" as who leads the coalition, not as where the strike was', () => {
    const e = only('On 3 March 2021, Saudi-led coalition aircraft struck Al Jawf governorate in northern Yemen.');
    expect(e.place.place.countryCode).toBe('YE');
  });

  it('marks an event dated years before publication as background', () => {
    const events = eventsOf('Residents recalled that in August 2013 rebels attacked the army base in Homs.', '2021-03-14');
    expect(events.every((e) => e.background)).toBe(true);
    expect(events.length).toBeGreaterThan(0);
  });
});
