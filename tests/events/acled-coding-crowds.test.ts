/**
 * ACLED's codebook, one rule per test, through the whole pipeline (world gazetteer): protests, riots and mob violence, in short reports of our own
 * writing.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, kind, names, only } from './acled-helpers';

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

  it('codes police clashing with demonstrators as a Violent demonstration: a clash takes two', () => {
    const e = only('Police clashed with demonstrators who marched against the new land law in Nakuru on Tuesday.');
    expect(kind(e)).toBe('Riots / Violent demonstration');
  });

  it('codes property set alight in a dispersed demonstration as the crowd’s Violent demonstration', () => {
    const e = only('Tyres were burned and a customs office was vandalized before police dispersed the demonstrators in Mopti.');
    expect(kind(e)).toBe('Riots / Violent demonstration');
  });

  it('codes protesters assaulted by the police as a Protest with intervention, not the crowd’s riot', () => {
    const e = only('Protesters were assaulted by police outside the governor’s office in Kano on Monday.');
    expect(kind(e)).toBe('Protests / Protest with intervention');
  });

  it('reads "blocked the road to a depot with burning tyres" as violence: that "to" is a preposition, not a plan', () => {
    const e = only('Drivers blocked the road to a depot with burning tyres in Port Harcourt on Monday over fuel prices.');
    expect(kind(e)).toBe('Riots / Violent demonstration');
  });

  it('codes villagers beating men they took for thieves as Mob violence: the suspicion names no armed side', () => {
    const e = only('On 3 March 2021, villagers beat two men and set their motorbike ablaze in Barpeta, suspecting them to be cattle thieves.');
    expect(kind(e)).toBe('Riots / Mob violence');
    expect(names(e)[0]).toBe('Rioters (India)');
  });

  it('reads "was attacked and her shop was torched by locals" as the locals’ Mob violence', () => {
    const e = only('On 3 March 2021, a shopkeeper was attacked and her shop was torched by locals in Dhubri.');
    expect(kind(e)).toBe('Riots / Mob violence');
  });

  it('keeps a demonstration the crowd made violent a Violent demonstration when the police then kill', () => {
    const events = eventsOf('Demonstrators burned a police station in Kayes on Monday. Security forces fired live rounds and a protester was killed.');
    expect(events.map(kind)).toEqual(['Riots / Violent demonstration']);
  });

  it('leaves out a police station’s area: "under Hajo police station limits" names no police at the scene', () => {
    const e = only('On 3 March 2021, villagers assaulted a trader at a market under Hajo police station limits in Assam.');
    expect(names(e)).not.toContain('Police Forces of India');
  });

  it('codes what the report itself calls violent demonstrations as a Violent demonstration', () => {
    const e = only('On 3 March 2021, police used teargas to end violent demonstrations by inmates in Kumasi.');
    expect(kind(e)).toBe('Riots / Violent demonstration');
  });

  it('codes youths attacking a police station "to demonstrate" as a Violent demonstration', () => {
    const e = only('On 3 March 2021, youths attacked a police station in Tamale to demonstrate over the death of a trader.');
    expect(kind(e)).toBe('Riots / Violent demonstration');
  });

  it('codes reporters beaten up by demonstrators as a Violent demonstration', () => {
    const e = only('On 3 March 2021, thousands marched in Recife to protest fuel prices; reporters were beaten up by demonstrators.');
    expect(kind(e)).toBe('Riots / Violent demonstration');
  });

  it('reads a relative clause on the crowd: "dispersed 200 people, who were burning debris to demand fuel"', () => {
    const e = only('On 3 March 2021, police dispersed around 200 people, who were burning debris in Maracay to demand fuel.');
    expect(kind(e)).toBe('Riots / Violent demonstration');
  });

  it('keeps a peaceful protest peaceful when the clash is its cause: "against the trial of youths who clashed"', () => {
    const e = only('On 3 March 2021, residents held a protest in Mithi against the trial of youths who clashed with another group.');
    expect(kind(e)).toBe('Protests / Peaceful protest');
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

  it('codes a road blocked to demand something as a Peaceful protest though no crowd word names the people', () => {
    const e = only('On 2 June 2021, victims of last month’s floods blocked the national road in Uvira to demand compensation.');
    expect(kind(e)).toBe('Protests / Peaceful protest');
    expect(names(e)).toEqual(['Protesters (Democratic Republic of Congo)']);
  });

  it('makes no protest of an official calling for calm and demanding an inquiry', () => {
    expect(eventsOf('On 2 June 2021, the governor of Kasai called for calm and demanded an inquiry in Kananga.')).toHaveLength(0);
  });

  it('codes a human chain, and a procession "taken out", as protests', () => {
    expect(kind(only('On 2 June 2021, party activists formed a human chain in Khulna city against price hikes.'))).toBe('Protests / Peaceful protest');
    expect(kind(only('On 2 June 2021, traders took out a procession in Sylhet city against the new tax.'))).toBe('Protests / Peaceful protest');
  });

  it('keeps a protest reported whose "could" belongs to a later clause about something else', () => {
    const e = only('On 2 June 2021, in Arequipa, about 80 stranded travellers staged a demonstration demanding buses home, and they could not find shelter.');
    expect(kind(e)).toBe('Protests / Peaceful protest');
  });

  it('reads "suspected of kidnapping" as a charge: the beating of the suspect by locals is Mob violence', () => {
    const e = only('On 3 June 2021, in Recife, a man suspected of kidnapping a girl was beaten up by locals in the Boa Vista neighbourhood.');
    expect(kind(e)).toBe('Riots / Mob violence');
    expect(names(e)[0]).toBe('Rioters (Brazil)');
  });

  it('codes "a mob of suspected cultists" beating a man to death as Mob violence: the group named after the mob word is the crowd', () => {
    const e = only('On 3 June 2021, a mob of suspected cultists beat up and killed a trader in Owerri.');
    expect(kind(e)).toBe('Riots / Mob violence');
  });

  it('codes residents lynching two armed robbers as Mob violence: armed men named after the word are its victims', () => {
    const e = only('On 3 June 2021, in Toluca, around 50 residents lynched two armed men who had robbed a shop.');
    expect(kind(e)).toBe('Riots / Mob violence');
  });

  it('keeps a man shot dead in a "vigilante-style" attack by unidentified gunmen an Attack (guard: guns are no mob)', () => {
    const e = only('On 3 June 2021, a drug suspect was shot dead in a vigilante-style attack by unidentified gunmen in Cebu City.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
  });

  it('codes "a clash ensued between demonstrators and police" as a Violent demonstration, the police as actor2', () => {
    const e = only('On 8 June 2021, a clash ensued between stranded demonstrators and police in front of the ministry in Kathmandu.');
    expect(kind(e)).toBe('Riots / Violent demonstration');
    expect(names(e)).toEqual(['Rioters (Nepal)', 'Police Forces of Nepal']);
  });

  it('codes young men beating up a soldier as Mob violence by Rioters against the forces, not a battle', () => {
    const e = only('On 2 June 2021, a group of local young men severely beat up a soldier following a dispute in Bozoum.');
    expect(kind(e)).toBe('Riots / Mob violence');
    expect(names(e)).toEqual(['Rioters (Central African Republic)', 'Military Forces of the Central African Republic']);
  });

  it('codes a policeman "beaten up by three persons" as Mob violence', () => {
    const e = only('On 2 June 2021, a policeman on duty was beaten up by three persons in Pimpri.');
    expect(kind(e)).toBe('Riots / Mob violence');
  });

  it('keeps police beating a vendor the police’s Attack (guard)', () => {
    expect(kind(only('On 2 June 2021, police beat a vendor in Pimpri.'))).toBe('Violence against civilians / Attack');
  });

  it('reads ", demanding aid, and were dispersed by police" as the protest’s intervention', () => {
    const e = only('On 8 June 2021, textile workers held a protest in Kucove, demanding government aid, and were dispersed by police.');
    expect(kind(e)).toBe('Protests / Protest with intervention');
  });

  it('reads "police resorted to lathi charge to disperse them" as an intervention, not a planned one', () => {
    const events = eventsOf('On 8 June 2021, migrant workers in Guntur held a protest demanding to be sent home. Police resorted to mild lathi charge to disperse the workers.');
    expect(events.map(kind)).toEqual(['Protests / Protest with intervention']);
  });

  it('reads "Police intervened" after a sit-in as an intervention', () => {
    const events = eventsOf('On 7 June 2021, dismissed public workers held a sit-in in Ankara. Police intervened and moved the protesters out of the street.');
    expect(events.map(kind)).toEqual(['Protests / Protest with intervention']);
  });
});

