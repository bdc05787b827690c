// What claims are about: cosmetic concerns, diseases, and body structures.
import type { WordList } from '../../src/match/matcher.js';

/** Cosmetic concerns: treating them as removable is an absolute claim;
 * "the appearance of" them is the accepted cosmetic wording. */
export const concern: WordList = {
  id: 'concern',
  description: 'Cosmetic skin and body concerns (rulebook 6.3, 6.5).',
  entries: [
    'scar', 'scars', 'scarring', 'acne scar', 'acne scarring', 'pitted scar', 'surgical scar', 'old scar',
    // "line" alone is a concern only where the document speaks of the skin
    // (the contract lines of an order are not): see skin-sense.
    'fine line', { phrase: 'line', sense: 'skin-sense' }, 'wrinkle', 'crease', "crow's feet", 'crows feet', 'laughter line', 'laugh line', 'frown line',
    'forehead line', 'expression line', 'smile line', 'marionette line', 'nasolabial fold', 'neck line',
    'sun damage', 'sun spot', 'sunspot', 'age spot', 'dark spot', 'liver spot', 'brown spot', 'spot', 'pigmentation',
    'breakout', 'pimple', 'zit', 'clogged pore', 'comedone', 'milia',
    'discoloration', 'discolouration', 'uneven skin tone', 'uneven tone', 'blotchiness', 'blotch', 'freckle',
    'large pore', 'enlarged pore', 'pore', 'sagging', 'sagging skin', 'loose skin', 'skin laxity', 'laxity', 'jowl',
    'double chin', 'dark circle', 'dark eye circle', 'eye bag', 'under-eye bag', 'puffiness', 'stretch mark',
    'cellulite', 'fat', 'unwanted fat', 'stubborn fat', 'belly fat', 'fat deposit', 'inch', 'weight',
    'unwanted hair', 'body hair', 'facial hair', 'stubble', 'blemish', 'blackhead', 'whitehead', 'imperfection', 'flaw',
    'stain', 'sign of aging', 'signs of aging', 'aging', 'photoaging', 'photodamage', 'spider vein',
    'thread vein', 'broken capillary', 'tattoo', 'redness', 'dullness', 'rough texture', 'crepey skin', 'crepiness',
    'dark mark', 'acne mark', 'post-acne mark', 'tan', 'tanning', 'cellulite dimple', 'orange peel skin', 'love handle',
    'muffin top', 'saddlebag', 'bingo wing', 'turkey neck', 'lip line', 'smoker line', 'under-eye hollow', 'hollow',
    'thin lips', 'uneven contour', 'asymmetry', 'volume loss', 'lost volume', 'loss of volume', 'gummy smile',
    'droopy eyelids', 'hooded eyes', 'dark underarms', 'dark knees', 'uneven texture', 'bumpy skin', 'textured skin',
  ],
};

/** Diseases, injuries and medical conditions: a cosmetic cannot claim to act
 * on them, hedged or not (rulebook 6.1). */
export const disease: WordList = {
  id: 'disease',
  description: 'Diseases and medical conditions (rulebook 6.1).',
  entries: [
    'acne', 'adult acne', 'cystic acne', 'hormonal acne', 'acne vulgaris', 'rosacea', 'eczema', 'psoriasis',
    'dermatitis', 'atopic dermatitis', 'contact dermatitis', 'seborrheic dermatitis', 'melasma', 'chloasma',
    'hyperpigmentation', 'hyper pigmentation', 'hypopigmentation', 'hypo pigmentation', 'post-inflammatory hyperpigmentation',
    'pih', 'hyperhidrosis', 'excessive sweating', 'wart', 'verruca', 'skin tag', 'mole', 'keloid', 'hypertrophic scar',
    'atrophic scar', 'scar tissue', 'alopecia', 'hair loss', 'baldness', 'thinning hair', 'vitiligo',
    'skin condition', 'skin disorder', 'skin disease', 'medical condition', 'disease', 'disorder', 'dandruff',
    'cold sore', 'herpes', 'fungal infection', "athlete's foot", 'nail fungus', 'actinic keratosis', 'keratosis pilaris',
    'folliculitis', 'candida', 'varicose vein', 'lupus', 'cancer', 'skin cancer', 'arthritis', 'allergy',
    'flare-up', 'lesion', 'cyst', 'boil', 'ulcer', 'migraine', 'headache', 'insomnia', 'diabetes', 'dermatosis',
    'dermatoses', 'ichthyosis', 'impetigo', 'hives', 'urticaria', 'shingles', 'scabies', 'ringworm', 'lymphedema',
    'wound', 'burn', 'sunburn', 'infection', 'skin infection',
  ],
};

/** Symptoms: claims to treat or relieve them are medicinal, but aftercare
 * advice ("a cold compress reduces swelling") is not, so only the strongly
 * therapeutic verbs reach them. */
export const symptom: WordList = {
  id: 'symptom',
  description: 'Symptoms (rulebook 6.1).',
  entries: [
    'pain', 'swelling', 'bruising', 'irritation', 'itching', 'itch', 'discomfort', 'inflammation', 'soreness',
    'sensitivity', 'rash', 'stinging', 'burning', 'flaking', 'dryness', 'redness',
  ],
};

/** Body structures and processes: acting on them is a drug or device claim
 * in the US and a physiological claim in the UK and EU (rulebook 6.2). */
export const structure: WordList = {
  id: 'structure',
  description: 'Body structures and physiological processes.',
  entries: [
    'collagen', 'elastin', 'collagen and elastin', 'collagen fibers', 'collagen fibres', 'elastin fibers',
    'new collagen', 'collagen production', 'collagen synthesis', 'collagen levels', 'hyaluronic acid production',
    'fibroblast', 'cell', 'skin cell', 'new cell', 'stem cell', 'cell turnover', 'cell renewal', 'cellular renewal',
    'cell regeneration', 'cellular regeneration', 'cell growth', 'cell division', 'cellular breakdown', 'cell activity',
    'dna', 'gene', 'genes', 'protein', 'youth protein', 'melanin', 'melanin production', 'tyrosinase', 'melanocyte',
    'blood flow', 'circulation', 'blood circulation', 'microcirculation', 'blood vessel', 'capillary',
    'dermis', 'epidermis', 'deeper layer', 'deep layer', 'deeper layers of the skin', 'deepest layer', 'deepest layers of the skin',
    'deep layers of the skin', 'subcutaneous layer', 'skin cell', 'younger cells', 'dermal layer', 'skin structure',
    'skin tissue', 'new skin tissue', 'tissue', 'new tissue', 'skin matrix', 'extracellular matrix',
    'repair process', 'self-repair', "skin's repair process", 'natural repair process', 'healing process',
    'healing response', 'wound response', 'growth factor', 'metabolism', 'hormone', 'muscle', 'facial muscle',
    'face muscles', 'underlying muscle', 'fat cell', 'fat cells', 'adipose tissue', 'lymphatic system',
    'oil production', 'sebum production', 'sebum', 'sebaceous gland', 'follicle', 'hair follicle', 'keratin',
    'skin barrier function', 'barrier function', 'immune system', 'immune response', 'nerve', 'nerves',
    'new skin', 'new skin growth', 'skin growth', 'anatomy', 'toxin', 'toxins', 'lymph', 'skin cells',
    'natural collagen', 'own collagen', 'angiogenesis', 'collagenesis', 'neocollagenesis', 'elasticity and resilience',
    'proteins', 'peptide', 'enzyme', 'cellular ageing', 'cellular aging', 'aging process', 'ageing process', 'skin density',
  ],
};
