/**
 * ACLED's codebook, one rule per test, through the whole pipeline (world gazetteer): strategic developments, non-events and placement, in short reports
 * of our own writing, in the ways wire copy and monitoring notes put them.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, kind, names, only, processNote } from './acled-helpers';

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

  it('codes a governorship ordering masks in public as a Change to group/activity by the Government', () => {
    const e = only('On 3 March 2021, the Izmir Governorship announced a mandatory use of face masks in all public spaces of Izmir.');
    expect(kind(e)).toBe('Strategic developments / Change to group/activity');
    expect(names(e)[0]).toBe('Government of Turkey');
  });

  it('codes "the government declared a lockdown" as a Change to group/activity by the Government of the country', () => {
    const e = only('On 4 June 2021, the government declared a coronavirus lockdown on the capital, N’Djamena.');
    expect(kind(e)).toBe('Strategic developments / Change to group/activity');
    expect(names(e)).toEqual(['Government of Chad']);
  });

  it('codes a governor’s travel ban as the Government’s Change to group/activity', () => {
    const e = only('On 4 June 2021, the governor of Lahij governorate instituted a ban on all travel to Aden.');
    expect(kind(e)).toBe('Strategic developments / Change to group/activity');
    expect(names(e)).toEqual(['Government of Yemen']);
  });

  it('codes a governor who "closed border crossings … and instituted a curfew" as the Government’s Change to group/activity', () => {
    const e = only('On 4 June 2021, the governor of Hadramawt governorate closed border crossings across the governorate.');
    expect(kind(e)).toBe('Strategic developments / Change to group/activity');
    expect(names(e)).toEqual(['Government of Yemen']);
  });

  it('makes no Government event of a curfew the government only might impose', () => {
    expect(eventsOf('On 4 June 2021, the government said it might impose a curfew in Lahij.')).toHaveLength(0);
  });

  it('codes gunmen damaging a radio station with nobody hurt as Looting/property destruction', () => {
    const e = only('On 3 March 2021, unknown gunmen attacked and damaged the building of a radio station in Aibak. No casualties were reported.');
    expect(kind(e)).toBe('Strategic developments / Looting/property destruction');
  });

  it('keeps shots fired outside a politician’s house an Attack: shooting threatens people, not property', () => {
    const e = only('On 3 March 2021, four gunmen opened fire outside the house of a provincial lawmaker in Sukkur; no injuries were reported.');
    expect(kind(e)).toBe('Violence against civilians / Attack');
  });

  it('codes a truce between armed parties as an Agreement', () => {
    expect(kind(only('The army and the rebels agreed to a ceasefire in Juba.'))).toBe('Strategic developments / Agreement');
  });

  it('makes no event of a denial', () => {
    expect(eventsOf('The Taliban denied they were behind the attack in Kunduz.')).toEqual([]);
  });
});

describe('explosions with no attack behind them', () => {
  it('codes a villager stepping on a landmine left from an old war as a Strategic development, Other', () => {
    const e = only('On 5 June 2021, a farmer was killed when he accidentally stepped on a landmine left over from the civil war near Battambang.');
    expect(kind(e)).toBe('Strategic developments / Other');
    expect(names(e)).toEqual(['Unidentified Armed Group (Cambodia)', 'Civilians (Cambodia)']);
  });

  it('codes militants killed by the mines they were planting as their Disrupted weapons use', () => {
    const e = only('On 5 June 2021, two Taliban militants were killed when landmines they were planting exploded prematurely near Maidan Shar.');
    expect(kind(e)).toBe('Strategic developments / Disrupted weapons use');
    expect(names(e)[0]).toBe('Taliban');
  });

  it('codes a grenade that did not explode as Disrupted weapons use', () => {
    const e = only('On 5 June 2021, militants lobbed a grenade at a police post in Srinagar but the grenade did not explode.');
    expect(kind(e)).toBe('Strategic developments / Disrupted weapons use');
  });

  it('keeps a roadside bomb that killed soldiers a Remote explosive (guard)', () => {
    const e = only('On 5 June 2021, a roadside bomb killed two soldiers near Maidan Shar.');
    expect(kind(e)).toBe('Explosions/Remote violence / Remote explosive/landmine/IED');
  });
});

describe('an armed group handing out aid', () => {
  it('codes a cartel delivering food packages as its Change to group/activity', () => {
    const e = only('On 3 June 2021, in Apatzingan, members of the CJNG delivered food packages to poor families.');
    expect(kind(e)).toBe('Strategic developments / Change to group/activity');
    expect(names(e)).toEqual(['CJNG: Jalisco New Generation Cartel']);
  });

  it('makes no event of a government or a charity handing out food', () => {
    expect(eventsOf('On 3 June 2021, in Apatzingan, the state government delivered food packages to families.')).toHaveLength(0);
    expect(eventsOf('On 3 June 2021, the Red Cross distributed relief supplies in Apatzingan.')).toHaveLength(0);
  });
});

describe('prisoner releases', () => {
  it('codes a government freeing insurgent prisoners as a Strategic development, Other, the insurgents as actor2', () => {
    const e = only('On 3 June 2021, the Afghan government released 120 Taliban prisoners from a prison in Jalalabad.');
    expect(kind(e)).toBe('Strategic developments / Other');
    expect(names(e)).toEqual(['Government of Afghanistan', 'Taliban']);
  });

  it('reads the holder of soldiers "released from Taliban prisons" from the prison’s owner', () => {
    const e = only('On 3 June 2021, 20 soldiers were released from Taliban prisons in Ghazni province.');
    expect(kind(e)).toBe('Strategic developments / Other');
    expect(names(e)[0]).toBe('Taliban');
  });

  it('makes no event of inmates freed over a pandemic, with no armed group in the sentence', () => {
    expect(eventsOf('On 3 June 2021, the authorities released 3,000 prisoners from jails in Tehran to curb the virus.')).toHaveLength(0);
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

  it('does not read a small foreign village as the container in parentheses ("Punta Arenas (Magallanes)")', () => {
    const e = only('On 5 June 2021, in Punta Arenas (Magallanes), dock workers protested against job cuts.');
    expect(e.place.place.name).toBe('Punta Arenas');
    expect(names(e)).toEqual(['Protesters (Chile)']);
  });

  it('does not take a company named in quotation marks for a place (\'"Bayan" company\')', () => {
    const mentions = processNote('On 5 June 2021, workers of the "Bayan" company held a sit-in in Al Hoceima.').mentions;
    expect(mentions.map((m) => m.text)).toEqual(['Al Hoceima']);
  });

  it('does not take a sentence-opening "Dozens" or "Hundreds" for a village (Douzens, France)', () => {
    const mentions = processNote('Dozens of nurses protested in Oran. Hundreds joined them the next day.').mentions;
    expect(mentions.map((m) => m.text)).toEqual(['Oran']);
  });

  it('does not place a Donbas report at a namesake village 500 km from the front ("near Viktorivka")', () => {
    // the gazetteer knows two Viktorivkas, both in Kherson oblast; the OSCE monitors in Donetsk and Luhansk
    const events = eventsOf('On 9 May 2021, the OSCE SMM observed 18 explosions near Viktorivka.');
    expect(events.map((e) => e.place.place.name)).not.toContain('Viktorivka');
  });

  it('still places a Donbas report at a front-line town the gazetteer knows ("near Marinka")', () => {
    const e = only('On 9 May 2021, the OSCE SMM observed 6 explosions near Marinka.');
    expect(e.place.place.admin1).toBe('05');
  });

  it('does not take a union written in capitals with a hyphen for a town ("TURK-IS" is no Angren, Uzbekistan)', () => {
    const mentions = processNote('On 1 June 2021, members of TURK-IS and HAK-IS marched in Istanbul.').mentions;
    expect(mentions.map((m) => m.text)).toEqual(['Istanbul']);
  });

  it('still reads a place in an all-capitals headline joined by a hyphen ("CAIRO-GIZA"; guard for the rule above)', () => {
    const mentions = processNote('PROTESTS ON THE CAIRO-GIZA ROAD\n\nOn 1 June 2021, drivers protested.').mentions;
    expect(mentions.map((m) => `${m.text} ${m.place.countryCode}`)).toContain('CAIRO EG');
  });

  it('reads "Manchester" as the English city, not the Jamaican parish a sixth its size', () => {
    const e = only('On 5 June 2021, nurses protested in Manchester against pay cuts.');
    expect(e.place.place).toMatchObject({ countryCode: 'GB', placeType: 'city' });
  });

  it('keeps the names of a list in their own countries: a province in a list is no container ("Lyon, Bavaria and Turin")', () => {
    const mentions = processNote('On 5 June 2021, nurses protested in Lyon, Bavaria and Turin.').mentions;
    expect(mentions.map((m) => m.place.countryCode)).toEqual(['FR', 'DE', 'IT']);
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
    const result = processNote(text);
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
