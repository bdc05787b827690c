// Medical conditions a claim may say it treats, cures, relieves or prevents
// (rulebook 6.1), by body system, with the symptoms and the concepts that are
// a condition in one setting and a cosmetic concern in another kept apart.
//
// Names come from the classifications, not from marketing copy: ICD-10
// (WHO 2019 edition, with ICD-10-CM where it names a condition WHO folds into
// a residual code), chiefly chapter XII "Diseases of the skin and
// subcutaneous tissue" (L00-L99), and the MeSH trees Skin Diseases (C17.800),
// Hair Diseases (C17.800.329) and Nail Diseases (C17.800.529). Each clinical
// name carries its code; the lay names writers use for the same condition
// ("chicken skin" for keratosis pilaris) carry the same code with
// `register: 'lay'`. Names of conditions are facts; no other list was copied.
//
// One home for each concept: a concept is in exactly one list here. Cosmetic
// concerns (wrinkles, dullness, large pores) are in `concern`
// (concerns.ts); symptoms (itch, swelling) in `symptomSign` below; concepts
// the rulebook treats as a condition in one market or wording and an
// appearance concern in another (stretch marks, acne scars) only in
// `conditionAmbiguous`, each with the rulebook's treatment.
import type { WordList } from '../../src/match/matcher.js';
import { withSpellings } from './families.js';

type Entry = { phrase: string } & Record<string, string>;

/** One condition: its clinical names, then the lay names writers use. */
function named(code: string, clinical: readonly string[], lay: readonly string[] = []): Entry[] {
  return [...clinical.map((phrase) => ({ phrase, code, register: 'clinical' })), ...lay.map((phrase) => ({ phrase, code, register: 'lay' }))];
}

/** Conditions of the skin (ICD-10 chapter XII; benign and malignant skin
 * growths from chapter II; chilblains and cheilitis from XIX and XI). */
export const conditionSkin: WordList = {
  id: 'condition-skin',
  description:
    'Skin conditions: ICD-10 chapter XII (L00-L99, WHO 2019 and ICD-10-CM) and skin neoplasms from chapter II (C43-C44, D18, D22-D23), with lay names; MeSH Skin Diseases (C17.800).',
  entries: withSpellings([
    // L20-L30 dermatitis and eczema
    ...named('L20', ['atopic dermatitis', 'atopic eczema', 'flexural eczema', 'infantile eczema']),
    ...named('L30.9', ['eczema', 'dermatitis', 'hand eczema', 'eczema flare', 'eczematous skin', 'eczematous']),
    ...named('L21', ['seborrhoeic dermatitis', 'seborrhoeic eczema']),
    ...named('L22', ['napkin dermatitis'], ['nappy rash', 'diaper rash']),
    ...named('L23-L25', ['contact dermatitis', 'allergic contact dermatitis', 'irritant contact dermatitis', 'contact eczema'], ['poison ivy rash']),
    ...named('L26', ['exfoliative dermatitis', 'erythroderma']),
    ...named('L28', ['lichen simplex chronicus', 'neurodermatitis', 'prurigo', 'prurigo nodularis']),
    ...named('L30', ['nummular dermatitis', 'nummular eczema', 'discoid eczema', 'dyshidrosis', 'dyshidrotic eczema', 'pompholyx', 'pityriasis alba', 'intertrigo']),
    ...named('I83.1', ['stasis dermatitis', 'varicose eczema', 'venous eczema']),
    // L40-L45 papulosquamous
    ...named('L40', ['psoriasis', 'psoriatic skin', 'psoriatic plaques', 'psoriasis vulgaris', 'plaque psoriasis', 'guttate psoriasis', 'pustular psoriasis', 'inverse psoriasis', 'palmoplantar pustulosis']),
    ...named('L41-L44', ['parapsoriasis', 'pityriasis rosea', 'lichen planus', 'pityriasis rubra pilaris', 'lichen nitidus']),
    // L49-L54 urticaria and erythema
    ...named('L50', ['urticaria', 'chronic urticaria', 'dermatographism'], ['hives', 'nettle rash']),
    ...named('T78.3', ['angioedema']),
    ...named('L51-L53', ['erythema multiforme', 'stevens-johnson syndrome', 'erythema nodosum']),
    // L55-L59 radiation-related
    ...named('L55', ['sunburn']),
    ...named('L56', ['polymorphic light eruption', 'polymorphous light eruption', 'solar urticaria', 'photodermatitis'], ['sun allergy']),
    ...named('L57', ['actinic keratosis', 'actinic keratoses', 'solar keratosis', 'solar keratoses', 'actinic damage', 'solar elastosis', 'poikiloderma of civatte']),
    ...named('L58-L59', ['radiation dermatitis', 'radiodermatitis', 'erythema ab igne']),
    // L70-L75 follicles and glands
    ...named('L70', ['acne', 'acne vulgaris', 'cystic acne', 'nodular acne', 'nodulocystic acne', 'acne conglobata', 'infantile acne', 'acne excoriee', 'inflammatory acne', 'acne lesion'], [
      'hormonal acne',
      'adult acne',
      'teenage acne',
      'back acne',
      'bacne',
      'body acne',
      'chest acne',
    ]),
    ...named('L71', ['rosacea', 'acne rosacea', 'rhinophyma', 'ocular rosacea', 'papulopustular rosacea', 'perioral dermatitis', 'periorificial dermatitis']),
    ...named('L72', ['epidermal cyst', 'epidermoid cyst', 'sebaceous cyst', 'pilar cyst', 'trichilemmal cyst', 'steatocystoma', 'cyst']),
    ...named('L73', ['hidradenitis suppurativa', 'acne inversa', 'acne keloid', 'acne keloidalis', 'acne keloidalis nuchae', 'sebaceous hyperplasia']),
    ...named('L74', ['miliaria', 'hyperhidrosis', 'focal hyperhidrosis', 'axillary hyperhidrosis', 'palmar hyperhidrosis', 'anhidrosis'], [
      'prickly heat',
      'heat rash',
      'excessive sweating',
    ]),
    ...named('L75', ['bromhidrosis', 'chromhidrosis']),
    // L80-L99 other disorders
    ...named('L80', ['vitiligo']),
    ...named('L81', [
      'melasma',
      'chloasma',
      'post-inflammatory hyperpigmentation',
      'postinflammatory hyperpigmentation',
      'pih',
      'hypopigmentation',
      'hypo-pigmentation',
      'depigmentation',
      'leukoderma',
      'cafe au lait spots',
      'pigmentation disorder',
      'pigmentary disorder',
      'pigmented purpuric dermatosis',
    ], ['mask of pregnancy']),
    ...named('L82', ['seborrhoeic keratosis', 'seborrhoeic keratoses', 'dermatosis papulosa nigra'], ['seborrhoeic wart']),
    ...named('L83', ['acanthosis nigricans']),
    ...named('L84', ['callus', 'callosity', 'corns and calluses'], ['foot corns']),
    ...named('L85', ['xerosis', 'xerosis cutis', 'ichthyosis', 'keratosis pilaris', 'keratoderma'], ['chicken skin']),
    ...named('L88', ['pyoderma gangrenosum']),
    ...named('L89', ['pressure ulcer'], ['pressure sore', 'bedsore', 'bed sore']),
    ...named('L90', ['lichen sclerosus', 'anetoderma', 'atrophoderma']),
    ...named('L91', ['keloid', 'keloid scar', 'hypertrophic scar', 'acrochordon', 'soft fibroma'], ['skin tag']),
    ...named('L92', ['granuloma annulare', 'necrobiosis lipoidica']),
    ...named('L93', ['discoid lupus', 'discoid lupus erythematosus', 'cutaneous lupus']),
    ...named('L94', ['morphoea', 'localised scleroderma', 'scleroderma']),
    ...named('L95', ['cutaneous vasculitis']),
    ...named('L97-L98', ['leg ulcer', 'venous leg ulcer', 'diabetic foot ulcer', 'chronic ulcer', 'skin ulcer', 'ulcer', 'pyogenic granuloma', 'skin lesion', 'lesion', 'dermatosis', 'dermatoses']),
    ...named('L10-L13, Q81', ['pemphigus', 'pemphigoid', 'bullous pemphigoid', 'dermatitis herpetiformis', 'epidermolysis bullosa']),
    // neoplasms and vascular birthmarks of the skin
    ...named('C43-C44', ['skin cancer', 'melanoma', 'basal cell carcinoma', 'squamous cell carcinoma', 'non-melanoma skin cancer']),
    ...named('D22-D23', ['naevus', 'naevi', 'melanocytic naevus', 'dermatofibroma', 'syringoma', 'lipoma'], ['mole']),
    ...named('D18, Q82.5', ['haemangioma', 'cherry angioma', 'campbell de morgan spots', 'port wine stain', 'vascular birthmark', 'vascular lesion'], [
      'strawberry mark',
      'birthmark',
    ]),
    ...named('H02.6', ['xanthelasma']),
    ...named('T69.1, K13.0', ['chilblains', 'cheilitis', 'angular cheilitis']),
  ]),
};

/** Hair and scalp conditions (ICD-10 L63-L68, L73; MeSH Hair Diseases). */
export const conditionHairScalp: WordList = {
  id: 'condition-hair-scalp',
  description:
    'Hair and scalp conditions: ICD-10 L63-L68 (alopecia, hirsutism, hypertrichosis), L73 (follicular disorders), L21 and L40 on the scalp; MeSH Hair Diseases (C17.800.329).',
  entries: withSpellings([
    ...named('L63', ['alopecia areata', 'alopecia totalis', 'alopecia universalis'], ['patchy hair loss']),
    ...named('L64', ['androgenetic alopecia', 'androgenic alopecia', 'pattern hair loss', 'male pattern baldness', 'male pattern hair loss', 'female pattern hair loss', 'female pattern baldness'], [
      'receding hairline',
    ]),
    ...named('L65', ['alopecia', 'telogen effluvium', 'anagen effluvium', 'traction alopecia', 'nonscarring hair loss'], [
      'hair loss',
      'loss of hair',
      'baldness',
      'balding',
      'bald patch',
      'bald spot',
      'postpartum hair loss',
    ]),
    ...named('L66', ['scarring alopecia', 'cicatricial alopecia', 'frontal fibrosing alopecia', 'lichen planopilaris', 'folliculitis decalvans']),
    ...named('L67', ['trichorrhexis nodosa', 'monilethrix', 'pili torti', 'hypotrichosis']),
    ...named('L68', ['hirsutism', 'hypertrichosis'], ['excessive hair growth']),
    ...named('L73', ['folliculitis', 'scalp folliculitis', 'pseudofolliculitis barbae']),
    ...named('L21, L40', ['scalp psoriasis', 'scalp eczema'], ['cradle cap']),
    ...named('MeSH C17.800.329', ['hair disorder', 'hair disease', 'scalp disorder', 'scalp condition']),
  ]),
};

/** Nail conditions (ICD-10 L60, L03.0, B35.1; MeSH Nail Diseases). */
export const conditionNail: WordList = {
  id: 'condition-nail',
  description: 'Nail conditions: ICD-10 L60 (nail disorders), L03.0 (paronychia), B35.1 (tinea unguium); MeSH Nail Diseases (C17.800.529).',
  entries: withSpellings([
    ...named('B35.1', ['onychomycosis', 'tinea unguium', 'fungal nail infection'], ['nail fungus', 'toenail fungus', 'fingernail fungus', 'fungal nails']),
    ...named('L60.0', ['ingrowing nail', 'ingrown nail', 'onychocryptosis'], ['ingrown toenail', 'ingrowing toenail']),
    ...named('L60.1-L60.5', ['onycholysis', 'onychogryphosis', 'nail dystrophy', "beau's lines", 'yellow nail syndrome'], ["ram's horn nail"]),
    ...named('L03.0', ['paronychia'], ['whitlow']),
    ...named('L40.8', ['nail psoriasis', 'psoriatic nails']),
    ...named('MeSH C17.800.529', ['nail disorder', 'nail disease', 'pachyonychia']),
  ]),
};

/** Infections of the skin, hair and mucosa (ICD-10 L00-L08 and chapter I). */
export const conditionInfection: WordList = {
  id: 'condition-infection',
  description:
    'Infections: ICD-10 L00-L08 (infections of the skin and subcutaneous tissue), B00-B09 (viral infections with skin lesions), B35-B37 (mycoses), B85-B86 (lice, scabies); MeSH Skin Diseases, Infectious (C17.800.838).',
  entries: withSpellings([
    ...named('A49, B99', ['infection', 'skin infection', 'bacterial infection', 'bacterial skin infection', 'fungal infection', 'fungal skin infection', 'viral infection', 'secondary infection', 'wound infection', 'infected wound'], [
      'yeast infection',
    ]),
    ...named('A49.0', ['staphylococcal infection', 'staph infection', 'mrsa']),
    ...named('L01', ['impetigo']),
    ...named('L02', ['abscess', 'skin abscess', 'furuncle', 'carbuncle'], ['boil']),
    ...named('L03', ['cellulitis']),
    ...named('A46', ['erysipelas']),
    ...named('L05', ['pilonidal cyst', 'pilonidal sinus']),
    ...named('L08', ['erythrasma', 'pyoderma']),
    ...named('B00', ['herpes', 'herpes simplex', 'herpes labialis', 'eczema herpeticum'], ['cold sore', 'fever blister']),
    ...named('B01-B02', ['herpes zoster', 'varicella'], ['shingles', 'chickenpox', 'chicken pox']),
    ...named('B07', ['viral wart', 'verruca', 'plantar wart', 'common wart'], ['wart']),
    ...named('B08.1', ['molluscum contagiosum', 'molluscum']),
    ...named('B35', ['tinea', 'tinea corporis', 'tinea pedis', 'tinea cruris', 'tinea capitis', 'dermatophytosis'], ['ringworm', "athlete's foot", 'jock itch', 'scalp ringworm']),
    ...named('B36', ['pityriasis versicolor', 'tinea versicolor', 'malassezia folliculitis'], ['fungal acne']),
    ...named('B37', ['candidiasis', 'candida', 'candida infection'], ['thrush']),
    ...named('B85-B86', ['pediculosis', 'scabies'], ['head lice', 'lice']),
  ]),
};

/** What an antimicrobial claim says it kills (rulebook 6.1 "antibacterial",
 * "kills bacteria"): the agents, not conditions. */
export const pathogen: WordList = {
  id: 'pathogen',
  description: 'Microorganisms an antimicrobial claim acts on (rulebook 6.1; FDA letters citing antibacterial, antifungal, antimicrobial claims).',
  entries: [
    'bacteria', 'bacterium', 'germs', 'viruses', 'fungi', 'fungus', 'microbes', 'microorganisms', 'pathogens', 'superbugs', 'mites', 'demodex',
    'demodex mites', 'acne bacteria', 'acne-causing bacteria', 'p. acnes', 'c. acnes', 'staphylococcus', 'staph',
  ],
};

/** Inflammatory and immune conditions beyond the skin's own (ICD-10 M, I, K, H). */
export const conditionInflammatory: WordList = {
  id: 'condition-inflammatory',
  description:
    'Inflammatory and immune conditions: ICD-10 M05-M19 (arthritis), M10 (gout), M65-M77 (soft-tissue inflammation), M32 (lupus), T78.4 (allergy), H01.0, K05; MeSH Skin and Connective Tissue Diseases (C17).',
  entries: withSpellings([
    ...named('R68.8', ['inflammatory condition', 'inflammatory skin condition', 'inflammatory disease', 'inflammatory disorder', 'chronic inflammation', 'systemic inflammation']),
    ...named('M30-M36, D89', ['autoimmune disease', 'autoimmune condition', 'autoimmune disorder', 'lupus', 'systemic lupus erythematosus']),
    ...named('M05-M19', ['arthritis', 'osteoarthritis', 'rheumatoid arthritis', 'psoriatic arthritis', 'joint inflammation'], ['inflamed joints']),
    ...named('M10', ['gout']),
    ...named('M65-M77', ['tendinitis', 'tendonitis', 'tenosynovitis', 'bursitis', 'plantar fasciitis', 'epicondylitis', 'adhesive capsulitis'], [
      'tennis elbow',
      "golfer's elbow",
      'frozen shoulder',
    ]),
    ...named('T78.4, J30', ['allergy', 'allergic reaction', 'skin allergy', 'allergic rhinitis'], ['hay fever']),
    ...named('H01.0', ['blepharitis']),
    ...named('K05', ['gingivitis', 'periodontitis'], ['gum disease']),
  ]),
};

/** Pain conditions (ICD-10 M54, M79, G43-G44, G50-G56, N94; R52). */
export const conditionPain: WordList = {
  id: 'condition-pain',
  description:
    'Pain conditions: ICD-10 M54 (back and neck pain), M79 (myalgia, fibromyalgia, neuralgia), M25.5 (joint pain), G43-G44 (migraine, headache), G50-G63 (neuralgia, neuropathy, carpal tunnel), M26.6 and F45.8 (jaw disorders, bruxism), N94 (dysmenorrhoea); R52.',
  entries: withSpellings([
    ...named('R52', ['chronic pain', 'acute pain', 'pain condition', 'post-operative pain']),
    ...named('M25.5, M54, M79.6', ['joint pain', 'back pain', 'lower back pain', 'neck pain', 'shoulder pain', 'knee pain', 'hip pain', 'heel pain', 'foot pain', 'sciatica']),
    ...named('M79', ['myalgia', 'muscle pain', 'muscular pain', 'fibromyalgia', 'neuralgia'], ['muscle aches', 'sore muscles', 'aches and pains']),
    ...named('R25.2, M62.8', ['muscle cramps', 'muscle spasms']),
    ...named('G50-G63', ['trigeminal neuralgia', 'nerve pain', 'neuropathic pain', 'neuropathy', 'peripheral neuropathy', 'carpal tunnel syndrome', 'repetitive strain injury']),
    ...named('G43-G44', ['migraine', 'headache', 'tension headache', 'cluster headache']),
    ...named('M26.6, F45.8', ['temporomandibular joint disorder', 'tmj disorder', 'tmj', 'tmd', 'bruxism', 'jaw pain'], ['teeth grinding']),
    ...named('N94', ['dysmenorrhoea', 'menstrual pain', 'pelvic pain'], ['period pain', 'menstrual cramps']),
  ]),
};

/** Veins, lymph and circulation (ICD-10 I73, I80-I89, R60). */
export const conditionVascular: WordList = {
  id: 'condition-vascular',
  description: 'Vascular and lymphatic conditions: ICD-10 I73 (Raynaud), I80-I87 (veins), I89 (lymphoedema), R60.9/E88 (lipoedema).',
  entries: withSpellings([
    ...named('I83, I87', ['varicose veins', 'venous insufficiency', 'chronic venous insufficiency', 'venous disease', 'vein disease']),
    ...named('I80', ['phlebitis', 'thrombophlebitis']),
    ...named('I89', ['lymphoedema', 'lymphatic disorder']),
    ...named('E88.2', ['lipoedema']),
    ...named('I73', ["raynaud's", "raynaud's disease", "raynaud's phenomenon"]),
    ...named('I99', ['circulatory problems'], ['poor circulation']),
  ]),
};

/** Wounds and injuries (ICD-10 chapter XIX, S00-T98). */
export const conditionInjury: WordList = {
  id: 'condition-injury',
  description: 'Wounds and injuries: ICD-10 chapter XIX (S00-T98: open wounds, burns T20-T32, frostbite T33-T35, bites and stings T63/W57); MeSH Wounds and Injuries (C26).',
  entries: withSpellings([
    ...named('T14', ['wound', 'open wound', 'surgical wound', 'chronic wound', 'injury', 'skin injury', 'sports injury', 'laceration', 'abrasion'], ['cuts and grazes', 'broken skin']),
    ...named('T20-T32', ['burn', 'burn injury', 'scald']),
    ...named('T33-T35', ['frostbite']),
    ...named('T63, W57', ['insect bite', 'bee sting'], ['bug bite']),
  ]),
};

/** Diseases in general and systemic conditions clinic copy names. */
export const conditionGeneral: WordList = {
  id: 'condition-general',
  description:
    'General disease words and systemic conditions: ICD-10 chapter titles (disease, disorder, syndrome), E11 (diabetes), E66 (obesity), E28.2 (polycystic ovary syndrome), G47.0 (insomnia), F32/F41 (depression, anxiety), I10 (hypertension), C80 (cancer), R53.82 (chronic fatigue).',
  entries: withSpellings([
    ...named('ICD-10', ['disease', 'illness', 'disorder', 'syndrome', 'medical condition', 'health condition', 'chronic condition', 'chronic illness', 'skin condition', 'skin disease', 'skin disorder', 'flare-up'], [
      'ailment',
      'affliction',
      'sickness',
    ]),
    ...named('C80, D48', ['cancer', 'tumour']),
    ...named('E11', ['diabetes']),
    ...named('E66', ['obesity']),
    ...named('E28.2', ['polycystic ovary syndrome', 'pcos']),
    ...named('E07', ['thyroid disorder']),
    ...named('G47.0', ['insomnia']),
    ...named('F32, F41', ['depression', 'anxiety']),
    ...named('I10', ['hypertension'], ['high blood pressure']),
    ...named('R53.82', ['chronic fatigue syndrome']),
  ]),
};

/** Every medical condition, for patterns that take any of them. */
export const condition: WordList = {
  id: 'condition',
  description: 'All medical conditions: the condition-* lists (ICD-10 and MeSH, rulebook 6.1).',
  entries: [
    '{condition-skin}', '{condition-hair-scalp}', '{condition-nail}', '{condition-infection}', '{condition-inflammatory}', '{condition-pain}',
    '{condition-vascular}', '{condition-injury}', '{condition-general}',
  ],
};

/** Symptoms and signs: claims to treat or relieve them are medicinal, but
 * aftercare advice ("a cold compress eases swelling") mentions them too. */
export const symptomSign: WordList = {
  id: 'symptom-sign',
  description: 'Symptoms and signs: ICD-10 chapter XVIII (R20-R23 skin sensation and changes, R21 rash, R52 pain, R60 oedema), L29 (pruritus), with lay names.',
  entries: withSpellings([
    ...named('R52', ['pain', 'ache', 'soreness', 'tenderness', 'discomfort'], ['sore']),
    ...named('L29', ['pruritus', 'itch', 'itchiness'], ['itchy skin', 'itchy scalp']),
    ...named('R23', ['irritation', 'irritated skin', 'inflammation', 'inflamed skin', 'erythema', 'sensitivity', 'hypersensitivity', 'skin sensitivity'], ['sore skin', 'raw skin']),
    ...named('R22, R60', ['swelling', 'oedema', 'fluid retention'], ['swollen', 'water retention']),
    ...named('R23.3, T14.0', ['bruising']),
    ...named('R21', ['rash', 'skin rash']),
    ...named('R20', ['stinging', 'burning sensation', 'tingling', 'numbness', 'paraesthesia'], ['pins and needles']),
    ...named('R23.4, L85', ['flaking', 'fissure', 'cracked skin'], ['flaky skin', 'scaly skin']),
    // Exact: folded, "peeling" is "peel" (the treatment) and "scaling" is "scale" ("a scale of one to ten").
    ...named('R23.4, L85', ['scaling', 'peeling']).map((e) => ({ ...e, exact: 'yes' })),
    ...named('R58, R23.8', ['bleeding', 'blistering', 'oozing', 'weeping', 'crusting', 'discharge', 'pus']),
    ...named('R50, M25.6', ['fever', 'stiffness', 'joint stiffness'], ['stiff joints']),
  ]),
};

type Ambiguous = { phrase: string; code: string; rulebook: string };

function ambiguous(code: string, names: readonly string[], rulebook: string): Ambiguous[] {
  return names.map((phrase) => ({ phrase, code, rulebook }));
}

/** A condition in one market or wording, an appearance concern in another:
 * the judge decides from the verb, the hedge and the market. Each entry says
 * how the rulebook treats it. */
export const conditionAmbiguous: WordList = {
  id: 'condition-ambiguous',
  description:
    'Concepts classified as conditions (ICD-10 L57, L60, L65, L67, L68, L70, L72, L73, L81, L85, L90, I78) that copy also names as appearance concerns; each entry carries the rulebook treatment (rulebook 1.1, 1.4, 6.1, 6.3).',
  entries: withSpellings([
    ...ambiguous(
      'L90.5',
      ['scar', 'acne scar', 'atrophic scar', 'pitted scar', 'ice pick scar', 'boxcar scar', 'rolling scar', 'surgical scar', 'scar tissue'],
      'Treating scars is a disease claim (6.1: "acne scars (as treatment object)") and a device claim for microneedling (1.4); "reduce scars" unqualified is absolute (6.3); "improve the appearance of acne scars" is the FDA-authorised wording.',
    ),
    ...ambiguous(
      'L90.6',
      ['stretch mark', 'striae', 'striae distensae', 'striae gravidarum'],
      'US: stretch-mark reduction is a cited drug claim and a device claim (1.1, 1.4; 6.1 "stretch marks (US device claim)"); UK/EU: an appearance concern when worded about their look.',
    ),
    ...ambiguous(
      'no ICD-10 code (MeSH Cellulite)',
      ['cellulite', 'gynoid lipodystrophy'],
      'US: cellulite reduction is a cited drug claim (1.1; 6.1 "cellulite (US drug claim)"); UK/EU: an appearance concern; time-bound anti-cellulite claims need trials (6.5, ASA Boots No7).',
    ),
    ...ambiguous(
      'L81.4',
      ['hyperpigmentation', 'hyper-pigmentation', 'pigmentation'],
      'Listed as a disease trigger (6.1) and cited by FDA ("reduces and prevents hyper-pigmentation", melanin claims, 1.2); "the look of uneven tone" is the cosmetic wording.',
    ),
    ...ambiguous(
      'L81.4',
      ['age spot', 'sun spot', 'sunspot', 'liver spot', 'dark spot', 'brown spot', 'solar lentigo', 'solar lentigines', 'lentigo', 'lentigines'],
      'UK: "age spots appear reduced" was not upheld (ASA L\'Oreal A15-297452), so appearance wording is acceptable; US: acting on melanin is a drug claim (1.1).',
    ),
    ...ambiguous('L81.2', ['freckle'], 'Classified as a pigment disorder but a cosmetic concern in copy; fading by acting on melanin is a US drug claim (1.1).'),
    ...ambiguous(
      'R23.2, L71',
      ['redness', 'facial redness', 'flushing'],
      'An appearance concern in most copy, but FDA treated "reduces visible redness" in a rosacea context as a drug claim (6.1): look for a condition nearby.',
    ),
    ...ambiguous(
      'I78.1, I78.8',
      ['spider vein', 'thread vein', 'broken capillary', 'broken blood vessel', 'telangiectasia'],
      'Appearance concern for laser and IPL copy; "treats telangiectasia" frames a vascular condition (6.1); device claims depend on clearance (1.3).',
    ),
    ...ambiguous(
      'L57',
      ['sun damage', 'photodamage', 'photoageing', 'skin damage', 'damaged skin', 'sun-damaged skin', 'structural damage'],
      '"Correct sun damage" is rewritten as an appearance claim (6.3); "repair sun damage" or "heal damaged skin" is a structure or disease claim (6.1, 6.2; FDA Be Green 2016).',
    ),
    ...ambiguous(
      'L70.0, L72',
      ['blackhead', 'whitehead', 'comedone', 'clogged pore', 'milia', 'milium'],
      'Acne lesions in the US acne-drug sense; cleansing claims ("unclogs pores") are cosmetic; "blemishes" and "breakouts" are the cosmetic wording (6.1, ASA Dermalogica).',
    ),
    ...ambiguous(
      'L85.3, L30.4',
      ['dry skin', 'very dry skin', 'dryness', 'chapped lips', 'chapped skin', 'cracked heels', 'chafing'],
      'Moisturising claims are cosmetic; relieving or protecting chapped, cracked or chafed skin is a US skin-protectant drug claim (1.1 intended use); xerosis named as a condition is medical (6.1).',
    ),
    ...ambiguous(
      'L21.0',
      ['dandruff', 'flaky scalp', 'dry scalp', 'pityriasis capitis'],
      'US: "dandruff treatment" is a cited drug claim (1.1) and anti-dandruff products are drugs; EU/UK: anti-dandruff shampoo is a cosmetic.',
    ),
    ...ambiguous(
      'L65',
      ['thinning hair', 'hair thinning', 'hair fall', 'hair shedding'],
      'Thickening the look of hair is cosmetic; restoring growth or stopping hair loss is a drug claim (FDA "restore hair growth", "hair restoration", 1.1).',
    ),
    ...ambiguous(
      'L67.1',
      ['grey hair', 'premature greying'],
      'Colouring is cosmetic; reversing greying by acting on melanin or follicles is a structure/function claim (6.2).',
    ),
    ...ambiguous(
      'L73.1',
      ['ingrown hair', 'razor bump', 'razor burn', 'shaving rash'],
      'Shaving-product claims to help prevent ingrown hairs are cosmetic in the UK/EU; pseudofolliculitis barbae named as a condition is medical (6.1).',
    ),
    ...ambiguous('L68', ['excess hair'], 'Hair removal is cosmetic; hirsutism and hypertrichosis are conditions; "permanent" hair removal is a permanence claim (6.4).'),
    ...ambiguous(
      'L60',
      ['brittle nails', 'split nails', 'weak nails', 'nail ridges', 'discoloured nails', 'yellow nails'],
      'Strengthening or smoothing the look of nails is cosmetic (7.1 appearance qualifiers); a nail disorder (dystrophy, fungal infection) is medical (6.1).',
    ),
  ]),
};
