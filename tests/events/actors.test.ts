import { describe, expect, it } from 'vitest';
import { detectActors, distinctActors, resolveAnaphora } from '@/lib/events/actors';

const ids = (text: string): string[] => distinctActors(detectActors(text)).map((a) => a.id);

describe('actors', () => {
  it.each([
    ['ISIS fighters held the stadium.', 'isis'],
    ['Isis militants shot at them.', 'isis'],
    ['The city fell to ISIL last year.', 'isis'],
    ["It ended Islamic State's rule.", 'isis'],
    ['Daesh claimed the attack.', 'isis'],
    ['They retook the town from IS after fighting.', 'isis'],
    ['Strikes hit IS-held areas.', 'isis'],
    ['Anti-Houthi National Resistance forces shelled the port.', 'national-resistance-forces'],
    ['Southern Resistance fighters fired RPGs at the fort.', 'southern-resistance'],
    ['Two LeT militants were killed in the encounter.', 'lashkar-e-taiba'],
    ['The Karen National Liberation Army attacked a base.', 'knu-knla'],
    ['Clan del Golfo gunmen killed a farmer.', 'gulf-clan'],
  ])('normalises %j to %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('names a gang or cartel the text names after itself, as ACLED does ("Los Viagras gang" → Los Viagras Gang, type 3)', () => {
    const [gang] = detectActors('Members of the Los Viagras gang attacked a patrol.');
    expect(gang?.entry).toMatchObject({ acled: 'Los Viagras Gang', inter: 3 });
    expect(detectActors('Gunmen of the Santa Rosa de Lima Cartel burned a truck.').map((m) => m.entry?.acled)).toContain('Santa Rosa de Lima Cartel');
  });

  it('keeps an unnamed gang generic and a registry cartel its own entry', () => {
    expect(ids('Rival gang members clashed in the market.')).toEqual(['unidentified-gang']);
    expect(ids('The Sinaloa Cartel posted videos.')).toEqual(['sinaloa-cartel']);
  });

  it('does not read the verb "is" or a sentence-initial "Is" as Islamic State', () => {
    expect(ids('The city is liberated and the war is over.')).toEqual([]);
    expect(ids('Is this the end of the siege?')).toEqual([]);
  });

  it('reads "IS" in an ALL-CAPS headline only where it fits a group', () => {
    expect(ids('WAR IS OVER AS CITY IS RETAKEN')).toEqual([]);
    expect(ids('AIRSTRIKES HIT IS FIGHTERS NEAR THE RIVER')).toEqual(['isis']);
    expect(ids('ARMY ADVANCES AGAINST IS IN THE DESERT')).toEqual(['military-forces', 'isis']);
  });

  it.each([
    ['US-backed fighters seize the roundabout.', 'sdf'],
    ['The Syrian Democratic Forces (SDF) advanced.', 'sdf'],
    ['Mostafa Bali, an SDF spokesman, spoke.', 'sdf'],
    ['US-led coalition forces grabbed turf.', 'us-led-coalition'],
    ['The U.S. -led coalition that backs them said so.', 'us-led-coalition'],
    ['Coalition troops first attacked the city.', 'us-led-coalition'],
    ['The Syrian military said Saturday.', 'military-forces-sy'],
    ['The Syrian government retook it.', 'military-forces-sy'],
    ['Regime forces shelled the suburb.', 'military-forces'],
    ['The allied Shiite militia advanced.', 'shiite-militia'],
    ['It fell after Russian airstrikes.', 'military-forces-ru'],
    ["A clip released by the People's Protection Units.", 'ypg'],
    ['Syrian civilians fled.', 'civilians-sy'],
    ['The Taliban took the district.', 'taliban'],
    ['Hamas fired rockets.', 'hamas'],
    ['Boko Haram abducted pupils.', 'boko-haram'],
    ['Al-Shabaab attacked a base.', 'al-shabaab'],
    ['Riot police dispersed the crowd.', 'police-forces'],
    ['Ukrainian forces shelled the market.', 'military-forces-ua'],
  ])('normalises %j to %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('prefers the longest alias: "US-led coalition" is the coalition, not the US military', () => {
    expect(ids('Air strikes by the US-led coalition continued.')).toEqual(['us-led-coalition']);
  });

  it('resolves "the jihadi group" to the most recent militant group of the article', () => {
    const resolved = resolveAnaphora([
      detectActors('Hamas fired rockets.'),
      detectActors('Then ISIS fighters left.'),
      detectActors('They went to areas held by the jihadi group.'),
    ]);
    expect(resolved[2]?.[0]?.entry?.id).toBe('isis');
  });

  it('resolves "the alliance" to the coalition named before it', () => {
    const resolved = resolveAnaphora([
      detectActors('Coalition troops attacked the city.'),
      detectActors('The alliance said 100 IS fighters had surrendered.'),
    ]);
    expect(distinctActors(resolved[1] ?? []).map((a) => a.id)).toEqual(['us-led-coalition', 'isis']);
  });

  it('resolves "the terror group" at the start of an article to the militant group the article names most', () => {
    const resolved = resolveAnaphora([
      detectActors('Soldiers fought the terror group for months.'),
      detectActors('Daesh lost ground.'),
      detectActors('ISIS fighters fled.'),
    ]);
    expect(resolved[0]?.find((m) => m.anaphor)?.entry?.id).toBe('isis');
  });

  it('reads a bare "police" after a named police unit as that unit, and before it as the police', () => {
    const resolved = resolveAnaphora([
      detectActors('A patrol of police officers was stoned.'),
      detectActors('The Military Police carried out an operation in the favela.'),
      detectActors('Two police officers were injured and the police seized a rifle.'),
      detectActors('Kenyan police later arrested a suspect.'),
    ]);
    const named = (i: number): string[] => (resolved[i] ?? []).map((m) => m.entry?.id ?? '?');
    expect(named(0)).toEqual(['police-forces']);
    expect(named(2)).toEqual(['military-police', 'military-police']);
    expect(named(3)).toEqual(['police-forces']); // a demonym names a country's police, not the unit
  });

  it('names unnamed identity militias as ACLED does: clan, tribal, communal, ethnic and cult militias apart', () => {
    const acled = (text: string): string[] => distinctActors(detectActors(text), 'NG').map((a) => a.acledName);
    expect(acled('Two rival clans clashed.')).toEqual(['Unidentified Clan Militia (Nigeria)']);
    expect(acled('Unidentified tribesmen clashed.')).toEqual(['Unidentified Tribal Militia (Nigeria)']);
    expect(acled('Communal militias clashed.')).toEqual(['Unidentified Communal Militia (Nigeria)']);
    expect(acled('Unidentified cult militias clashed.')).toEqual(['Unidentified Cult Militia (Nigeria)']);
  });

  it('leaves an anaphor unresolved when the article names no such actor', () => {
    const resolved = resolveAnaphora([detectActors('The militants fled.')]);
    expect(resolved[0]?.[0]?.entry).toBeNull();
    expect(distinctActors(resolved[0] ?? [])).toEqual([]);
  });

  it('does not change its input when resolving anaphora', () => {
    const input = [detectActors('ISIS fled.'), detectActors('The militants fled.')];
    const copy = structuredClone(input);
    resolveAnaphora(input);
    expect(input).toEqual(copy);
  });

  it.each([
    ['Turkish police detained two journalists.', 'SY', 'Police Forces of Turkey', 8],
    ['Police detained two journalists.', 'TR', 'Police Forces of Turkey', 1],
    ['The Ukrainian Forces fired mortars.', 'UA', 'Military Forces of Ukraine', 1],
    ['Saudi warplanes struck the market.', 'YE', 'Operation Restoring Hope', 8],
    ['Saudi warplanes struck the market.', 'SA', 'Military Forces of Saudi Arabia', 1],
    ['Brazilian military police raided the favela.', 'BR', 'Military Forces of Brazil Military Police', 1],
    ['The Afghan government released 100 prisoners.', 'AF', 'Government of Afghanistan', 1],
    ['Unidentified gunmen shot dead a trader.', 'HN', 'Unidentified Armed Group (Honduras)', 3],
    ['Residents protested against power cuts.', 'PK', 'Civilians (Pakistan)', 7],
    ['Protesters blocked the road.', 'PH', 'Protesters (Philippines)', 6],
    ['Soldiers of the army patrolled.', 'PH', 'Military Forces of the Philippines', 1],
    ['Houthi forces shelled the front.', 'YE', 'Military Forces of Yemen (2016-) Supreme Political Council', 1],
    ['ISIS fighters ambushed a patrol.', 'NG', 'Islamic State (West Africa)', 2],
    ['ISIS fighters ambushed a patrol.', 'SY', 'Islamic State (Syria)', 2],
  ] as const)('names the first actor of %j in %s as %j with inter %i', (text, country, acledName, inter) => {
    const [first] = distinctActors(detectActors(text), country);
    expect(first?.acledName).toBe(acledName);
    expect(first?.inter).toBe(inter);
  });

  it('reads "militants" as the militant group the article names, else as an unidentified armed group', () => {
    const withGroup = resolveAnaphora([detectActors('Al-Shabaab claimed the raid.'), detectActors('Militants attacked a base.')]);
    expect(distinctActors(withGroup[1] ?? [], 'SO').map((a) => a.id)).toEqual(['al-shabaab']);
    const alone = resolveAnaphora([detectActors('Militants attacked a base.')]);
    expect(distinctActors(alone[0] ?? [], 'SO').map((a) => a.id)).toEqual(['unidentified-armed-group-so']);
  });

  it('reads "separatists" alone as no one group: only the Donbas separatists named as such are the NAF', () => {
    expect(ids('Malay Muslim separatists shot dead a ranger in Pattani.')).not.toContain('naf');
    expect(ids('Pro-Russian separatists shelled Avdiivka overnight.')).toContain('naf');
  });

  it('reads "Al Shabaab militants" as one mention of al-Shabaab, not al-Shabaab beside an unidentified group', () => {
    const mentions = detectActors('Al Shabaab militants shot dead a man in Baidoa.');
    expect(mentions.map((m) => [m.text, m.entry?.id])).toEqual([['Al Shabaab militants', 'al-shabaab']]);
  });

  it('does not take "forces" alone for anyone: only after a demonym', () => {
    expect(ids('The forces withdrew.')).toEqual([]);
    expect(ids('The Azerbaijani forces withdrew.')).toEqual(['military-forces-az']);
  });

  it('gives offsets into the sentence', () => {
    const text = 'Then the Syrian army moved.';
    const [m] = detectActors(text);
    expect(m === undefined ? '' : text.slice(m.start, m.end)).toBe('Syrian army');
  });
});
