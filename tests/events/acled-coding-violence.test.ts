/**
 * ACLED's codebook, one rule per test, through the whole pipeline (world gazetteer): battles, remote violence and violence against civilians, in short
 * reports of our own writing.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, kind, names, only } from './acled-helpers';

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

  it('reads the subject of a shooting as its doer, not the victim of a raid told before it', () => {
    const e = only('On 3 March 2021, during a search raid in Nablus, Israeli forces shot a young man in the leg.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
    expect(names(e)).toEqual(['Military Forces of Israel', 'Civilians (Palestine)']);
  });

  it('codes mortars and machine guns fired at a district, no one firing back, as Shelling', () => {
    const e = only('On 3 March 2021, Houthi forces fired mortar shells and 12.7mm machine guns at Hays district in Al Hudaydah.');
    expect(kind(e)).toBe('Explosions/Remote violence / Shelling/artillery/missile attack');
  });

  it('codes heavy machine-gun fire that monitors only heard as Shelling, with small arms beside it as an Armed clash', () => {
    const heavy = only('On 3 March 2021, monitors observed 12 bursts of fire involving heavy machine-guns near Avdiivka.');
    expect(kind(heavy)).toBe('Explosions/Remote violence / Shelling/artillery/missile attack');
    const small = only('On 3 March 2021, monitors observed 12 bursts of fire involving small arms and heavy machine-guns near Avdiivka.');
    expect(kind(small)).toBe('Battles / Armed clash');
  });

  it('reads "claimed to have launched shelling attacks" as an act told, not a plan', () => {
    const e = only('On 3 March 2021, ISWAP claimed to have launched shelling attacks on army positions in Monguno.');
    expect(kind(e)).toBe('Explosions/Remote violence / Shelling/artillery/missile attack');
  });

  it('codes shelling that the targeted side answers with fire as an Armed clash', () => {
    const events = eventsOf('On 3 March 2021, Houthi forces fired mortar shells at army positions in Harib. The army responded to the fire.');
    expect(events.map(kind)).toEqual(['Battles / Armed clash']);
  });

  it('codes mortar fire followed by "explosions in both directions" on the same front as an Armed clash', () => {
    const events = eventsOf('On 3 March 2021, separatist forces fired 82mm mortars at government positions near Avdiivka. Monitors recorded 20 explosions in both directions near Avdiivka.');
    expect(events.map(kind)).toEqual(['Battles / Armed clash']);
  });

  it('codes the killing of a member of an armed force as an Armed clash: "a pro-government militia member"', () => {
    const e = only('On 3 March 2021, Taliban militants killed a pro-government militia member at a checkpoint in Badghis.');
    expect(kind(e)).toBe('Battles / Armed clash');
    expect(names(e)).toContain('Militia (Pro-Government)');
  });

  it('codes the killing of "a member of the Kano police command" as an Armed clash with the police', () => {
    const e = only('On 3 March 2021, gunmen shot dead a member of the Kano police command in Kano.');
    expect(kind(e)).toBe('Battles / Armed clash');
  });

  it('keeps the killing of a former army commander an Attack on a civilian', () => {
    const e = only('On 3 March 2021, Taliban militants killed a former army commander in Maymana.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
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

  it('codes forces that "responded to" the other side’s shelling as an Armed clash between the two', () => {
    const e = only('On 2 June 2021, government forces responded to Houthi shelling in Sirwah district, Marib.');
    expect(kind(e)).toBe('Battles / Armed clash');
    expect(e.actors).toHaveLength(2);
  });

  it('reads "Boko Haram/IS" as one side attributed with a slash: their raid on a village is an Attack, not a battle between them', () => {
    const e = only('On 2 June 2021, Boko Haram/IS attacked Damboa and burnt several houses and a church.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
  });

  it('reads the fighters an attack is "attributed to" as its doers, not its victims', () => {
    const e = only('On 2 June 2021, two civilian men were killed in an attack attributed to ADF fighters near Beni.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
    expect(names(e)[0]).toBe('ADF: Allied Democratic Forces');
  });

  it('makes no second side of the army the victims were said to have cooperated with', () => {
    const e = only('On 2 June 2021, Islamic State militants attacked villagers who allegedly cooperated with the Egyptian military south of Rafah, leaving two civilians dead.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
  });

  it('makes no grenade attack of grenades the police seized', () => {
    const events = eventsOf('On 2 June 2021, police raided a house in Nova Iguacu, killing a suspect, and seized two pistols and three grenades.');
    expect(events.map((e) => e.eventType)).not.toContain('Explosions/Remote violence');
  });

  it('codes men who "opened fire at the police" as actor1 of an Armed clash, the police as actor2', () => {
    const e = only('On 2 June 2021, men in a car opened fire at the police in Ponce, injuring four officers.');
    expect(kind(e)).toBe('Battles / Armed clash');
    expect(names(e)).toEqual(['Unidentified Armed Group (Puerto Rico)', 'Police Forces of Puerto Rico']);
  });

  it('does not make the police the doer of a shooting they were "wanted by" or only "witnessed"', () => {
    const shot = only('On 2 June 2021, in Arima, a police officer was shot by a man who was wanted by the police.');
    expect(names(shot)[0]).toBe('Unidentified Armed Group (Trinidad and Tobago)');
    const seen = eventsOf('On 2 June 2021, in Caguas, police officers witnessed men shooting at a house.');
    expect(seen.flatMap((e) => names(e))).not.toContain('Police Forces of Puerto Rico');
  });

  it('reads a kidnapping the suspects were "allegedly involved in" as a charge: the police’s fight with them is an Armed clash', () => {
    const e = only('On 2 June 2021, in Orizaba, police tried to stop two vans allegedly involved in the kidnapping of a man and an armed clash broke out.');
    expect(kind(e)).toBe('Battles / Armed clash');
  });

  it('reads an "encounter" between security forces and militants, as Indian reports call a gunfight, as an Armed clash', () => {
    const e = only('On 2 June 2021, an encounter broke out between security forces and militants in Pulwama.');
    expect(kind(e)).toBe('Battles / Armed clash');
  });

  it('gives "No casualties were reported." after two events of a paragraph a toll of 0 to both', () => {
    const events = eventsOf('On 2 June 2021, government forces and rebels clashed in Kismayo. Rebels attacked an army checkpoint in Baidoa. No casualties were reported.');
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.fatalities)).toEqual([0, 0]);
  });

  it('codes a human head found in a bag as an Attack', () => {
    const e = only('On 2 June 2021, in Ciudad Juarez, a male head was found inside a plastic bag.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
  });

  it('codes a kidnapping that ended in a killing as an Attack, in one sentence or two', () => {
    expect(kind(only('On 2 June 2021, in Cintalapa, armed men kidnapped three members of a family and killed them.'))).toBe('Violence against civilians / Attack');
    expect(eventsOf('On 2 June 2021, in Cintalapa, nine armed men broke into a house and kidnapped a man. The next day his body was found with signs of torture.').map(kind))
      .toEqual(['Violence against civilians / Attack']);
  });

  it('keeps a kidnapping with nobody killed an Abduction (guard)', () => {
    expect(kind(only('On 2 June 2021, in Cintalapa, armed men kidnapped a trader.'))).toBe('Violence against civilians / Abduction/forced disappearance');
  });

  it('codes forces that "took control of nine Houthi sites" as Government regains territory, led by the first of the party', () => {
    const e = only('On 2 June 2021, pro-Hadi forces and Southern Resistance fighters took control of nine Houthi sites near Ad Dali.');
    expect(kind(e)).toBe('Battles / Government regains territory');
    expect(names(e)[0]).toBe('Military Forces of Yemen');
  });

  it('reads "took control of" a place the gazetteer does not know as territory taken', () => {
    const e = only('On 2 June 2021, after a night of heavy fighting in Ad Dali governorate, Houthi forces took control of Qarn Zubaydi.');
    expect(e.subEventType).toBe('Government regains territory');
  });

  it('makes no territory of fighters captured (guard: people are no ground)', () => {
    expect(kind(only('On 2 June 2021, soldiers captured two Taliban fighters near Ghazni.'))).toBe('Strategic developments / Arrests');
  });
});

