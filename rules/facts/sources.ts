// The public pages the product facts were read from, one entry per page, so
// a page that supports several facts is named once. Many FDA documents were
// read through mirrors (innolitics for 510(k) summaries, document-sharing
// sites for SSEDs and labels); the title says whose document it is and the
// URL says where it was read.
import type { Source } from './types.js';

const source = (url: string, title: string): Source => ({ url, title });

export const src = {
  // ---- Botulinum toxins -----------------------------------------------------
  botoxCosmeticLabel: source(
    'https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=485d9b71-6881-42c5-a620-a4360c7192ab&type=display',
    'DailyMed: BOTOX Cosmetic (onabotulinumtoxinA) prescribing information',
  ),
  botoxCosmetic2002: source(
    'http://www.fda.gov/Drugs/DevelopmentApprovalProcess/HowDrugsareDevelopedandApproved/ApprovalApplications/TherapeuticBiologicApplications/ucm080509.htm',
    'FDA: Botulinum Toxin Type A (BOTOX COSMETIC) licensing action, 12 April 2002',
  ),
  botoxCosmeticBla: source(
    'https://trial.medpath.com/drug/approvals/fda/0f6b1aa2e0122682',
    'MedPath: BOTOX Cosmetic FDA label record (application BLA103000)',
  ),
  botoxForehead2017: source(
    'http://www.mdedge.com/edermatologynews/article/148843/aesthetic-dermatology/fda-approves-third-indication',
    'Dermatology News: FDA approves third indication for onabotulinumtoxinA (2017)',
  ),
  botoxHyperhidrosis: source(
    'https://www.botoxone.com/hyperhidrosis',
    'Allergan (HCP site): BOTOX indication for severe primary axillary hyperhidrosis',
  ),
  botoxIndications2024: source(
    'https://biologicshq.com/?p=291133',
    'BiologicsHQ: BOTOX and BOTOX COSMETIC (onabotulinumtoxinA), FDA-approved indications (updated December 2024)',
  ),
  botoxPlatysma2024: source(
    'https://practicaldermatology.com/news/botox-approved-platysma-bands/2468436',
    'Practical Dermatology: Botox Cosmetic approved for platysma bands (October 2024)',
  ),
  dysportHistory: source('http://www.drugs.com/history/dysport.html', 'Drugs.com: Dysport FDA approval history'),
  dysportLabel2009: source(
    'https://vdocuments.mx/highlights-of-prescribing-information-icer-and-breathing-diffculties-can-be.html',
    'Dysport (abobotulinumtoxinA) prescribing information highlights, 2009 (copy)',
  ),
  dysportApprovals: source(
    'https://multiplesclerosisnewstoday.com/ufaq/when-was-dysport-approved-by-the-fda',
    'Multiple Sclerosis News Today: Dysport FDA approvals (glabellar lines and cervical dystonia 2009; limb spasticity in adults and children 2015-2020)',
  ),
  dysportLowerLimb2017: source(
    'https://maestrodatabase.com/blog/ipsen-announces-fda-approval-of-dysport-abobotulinumtoxin-a-for-the-treatment-of-lower-limb-spasticity-in-adults',
    'Ipsen (via Maestro Database): FDA approves Dysport for lower limb spasticity in adults (June 2017)',
  ),
  xeomin2011: source(
    'https://ophthalmologytimes.com/view/incobotulinumtoxina-approved-glabellar-line-related-use',
    'Ophthalmology Times: FDA approves incobotulinumtoxinA (Xeomin) for glabellar lines (2011)',
  ),
  xeominUpperFacial2024: source(
    'https://americanmedspa.org/news/merz-aesthetics-announces-fda-approval-of-xeomin-incobotulinumtoxina-as-the-first-and-only-u-s-neurotoxin-for-the-simultaneous-treatment-of-upper-facial-lines',
    'AmSpa: Merz announces FDA approval of Xeomin for upper facial lines (2024)',
  ),
  xeominPi: source('https://prescriberpoint.com/therapies/xeomin-3f35d6e', 'PrescriberPoint: XEOMIN (incobotulinumtoxinA) prescribing information, indications and dosing'),
  xeominBocoutureSame: source(
    'https://www.facialesthetics.org/fda-oks-xeomin-for-frown-lines/',
    'AAFE: FDA OKs Xeomin for frown lines; sold as Bocouture in Europe (2011)',
  ),
  jeuveauLabel: source(
    'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/17a914c1-e54b-4b50-965d-b0fd9111bba4/spl-doc?hl=jeuveau',
    'FDA Label: JEUVEAU (prabotulinumtoxinA-xvfs) prescribing information',
  ),
  jeuveauReview: source('https://pubmed.ncbi.nlm.nih.gov/32698599/', 'PubMed 32698599: review of prabotulinumtoxinA-xvfs (Jeuveau), approved February 2019'),
  daxxifyLabel: source(
    'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=3aaa6e14-a3f7-4fb2-b9f9-d3a9c3ae1f74&version=6',
    'DailyMed: DAXXIFY (daxibotulinumtoxinA-lanm) prescribing information',
  ),
  daxxifyHcp: source('https://hcp.daxxify.com/daxxify-difference', 'Revance (HCP site): DAXXIFY indications, glabellar lines and cervical dystonia'),
  letyboSnapshot: source(
    'https://public4.pagefreezer.com:443/content/FDA/28-03-2024T16:26/https://www.fda.gov/drugs/drug-approvals-and-databases/drug-trials-snapshots-letybo',
    'FDA: Drug Trials Snapshots: LETYBO (archived copy, approval 29 February 2024)',
  ),
  letyboLabel: source(
    'https://www.guidelinecentral.com/drug/910e5d0e-4d0b-4de8-8e2d-97879a044181/LETYBO/',
    'LETYBO (letibotulinumtoxinA-wlbg) US prescribing information (copy)',
  ),
  letyboUkSmpc: source('https://medicines.org.uk/emc/product/13707/smpc/print', 'emc: Letybo 50 units SmPC (Croma Pharma UK)'),
  letyboPom: source(
    'https://medthority.com/drugs/m-musculo-skeletal-system/m03/m03a/m03ax/m03ax01/letybo-50-units-powder-for-solution-for-injection',
    'Medthority: Letybo SmPC, legal category POM',
  ),
  azzalureSmpc: source('http://medicines.org.uk/emc/medicine/21985', 'emc: Azzalure 125 Speywood units SmPC (Galderma UK)'),
  azzalurePil: source('https://www.medicines.org.uk/emc/product/6584/pil', 'emc: Azzalure patient leaflet (PL 06958/0031)'),
  azzalurePom: source(
    'https://medthority.com/drugs/m-musculo-skeletal-system/m03/m03a/m03ax/m03ax01/azzalure',
    'Medthority: Azzalure SmPC, legal category POM',
  ),
  vistabelSmpc: source(
    'https://www.drugs.com/uk/vistabel-4-allergan-units-0-1ml-powder-for-solution-for-injection-leaflet.html',
    'Vistabel 4 Allergan Units/0.1 ml SmPC (UK, copy)',
  ),
  vistabelPil: source(
    'https://myhealthbox.eu/en/vistabel-50unit-powder-for-solution-for-injection-vials/4223806',
    'Vistabel patient leaflet, MHRA record (copy)',
  ),
  bocoutureMerz: source('https://amwc.merz.com/epaper/MERZ_Aesthetic_2025', 'Merz Aesthetics: BOCOUTURE safety information ("Prescription-only medicine")'),
  bocoutureUkPi: source(
    'https://issuu.com/aestheticsjournal/docs/aesthetics_journal_september_2016_-/20',
    'Merz: Bocouture UK prescribing information (Aesthetics journal, September 2016)',
  ),
  alluzienceDcp: source(
    'https://www.finanznachrichten.de/nachrichten-2021-06/53126855-galderma-alluzience-the-first-ready-to-use-bont-a-neuromodulator-receives-positive-decision-for-use-in-europe-004.htm',
    'Galderma: Alluzience completes the European decentralised procedure (June 2021)',
  ),
  alluzienceSubstance: source(
    'https://link.springer.com/article/10.1007/s13555-023-00951-x',
    'Dermatology and Therapy (2023): ready-to-use abobotulinumtoxinA solution, authorised in Europe in 2021',
  ),
  nuceivaEma: source('https://trial.medpath.com/drug/approvals/ema/5178a28529e3ecdf', 'MedPath: EMA record for Nuceiva (EMEA/H/C/004587, authorised 27 September 2019)'),
  nuceivaChmp: source(
    'https://123dok.org/document/zlgvm28l-nuceiva-botulinum-toxin-type-a.html',
    'EMA CHMP: summary of opinion for Nuceiva, 26 April 2019 (copy)',
  ),
  nuceivaUkPil: source('http://www.medicines.org.uk/emc/product/14178/pil', 'emc: Nuceiva patient leaflet (PLGB 55681/0002)'),
  nuceivaUkPom: source('https://www.evolus.com/uk/product/', 'Evolus UK: Nuceiva prescribing information (prescription-only medicine)'),
  nuceivaIsJeuveau: source(
    'https://www.medthority.com/news/2019/04/chmp-recommends-approval-of-nuceiva-in-glabellar-lines---evolvus',
    'Medthority: CHMP recommends Nuceiva; branded Jeuveau in the US (2019)',
  ),
  relfydessTga: source(
    'https://www.tga.gov.au/resources/auspmd/relfydess-relabotulinumtoxina-purified-botulinum-toxin-type',
    'TGA: Australian prescription medicine decision summary, Relfydess (relabotulinumtoxinA)',
  ),
  toxinBrandPairs: source(
    'https://jddonline.com/articles/dermatology/S1545961620P0985X',
    'Journal of Drugs in Dermatology (2020): brand names of ONA (Botox/Vistabel), ABO (Dysport/Azzalure), PRA (Jeuveau/Nuceiva)',
  ),
  asaBotoxNotice: source('https://asa.org.uk/resource/enforcement-notice-botox.html', 'ASA/CAP: Enforcement Notice, botulinum toxin products are prescription-only medicines'),
  asaBotoxSocial: source(
    'https://asa.org.uk/resource/enforcement-notice-botox-social-media.html',
    'ASA/CAP: Enforcement Notice on botulinum toxin injections on social media',
  ),
  asaDermaskin: source('http://www.asa.org.uk/rulings/dermaskin-clinics-a13-237709.html', 'ASA ruling: Dermaskin Clinics (A13-237709), Botox brands as POMs'),
  hpraBotox: source(
    'https://irishpharmacist.ie/news/rte-botox-report-reflects-growing-trend-of-illegal-supply-says-hpra/',
    'Irish Pharmacist: HPRA statement, medicines containing botulinum toxin are prescription-only (2024)',
  ),

  // ---- Deoxycholic acid -----------------------------------------------------
  kybellaApproval: source(
    'https://www.biocentury.com/bc-extra/company-news/2015-04-29/fda-approves-kytheras-double-chin-treatment',
    'BioCentury: FDA approves NDA for Kybella (deoxycholic acid), April 2015',
  ),
  kybellaHealthDay: source(
    'https://consumer.healthday.com/cosmetic-surgery-29/cosmetic-surgery-news-157/fda-approves-kybella-for-reducing-submental-fat-698935.html',
    'HealthDay: FDA approves Kybella for moderate-to-severe submental fat (29 April 2015)',
  ),
  belkyraPil: source('https://www.medicines.org.uk/emc/product/12165/pil', 'emc: BELKYRA patient leaflet, legal category POM (PL 41042/0055)'),
  belkyraSmpc: source(
    'https://medthority.com/drugs/d-dermatologicals/d11/d11a/d11ax/d11ax24/belkyra-10-mgml-solution-for-injection',
    'Medthority: Belkyra 10 mg/ml SmPC',
  ),
  belkyraDcp: source(
    'https://maestrodatabase.com/blog/allergan-receives-positive-opinion-through-european-decentralised-procedure-for-belkyra-deoxycholic-acid-for-patients-with-submental-fullness',
    'Allergan: positive opinion in the European decentralised procedure for Belkyra (July 2016)',
  ),
  belkyraIsKybella: source(
    'https://practicaldermatology.com/news/allergan-receives-positive-opinion-through-european-decentralised-procedure-for-belkyra-deoxycholic-acid-for-submental-fullness/2458511/',
    'Practical Dermatology: Belkyra, known as Kybella in the US and Canada',
  ),

  // ---- Dermal fillers and biostimulators --------------------------------------
  fdaFillersApproved: source(
    'https://www.fda.gov/MedicalDevices/ProductsandMedicalProcedures/CosmeticDevices/WrinkleFillers/ucm227749.htm',
    'FDA: Dermal Fillers Approved by the Center for Devices and Radiological Health',
  ),
  fdaFillers: source(
    'http://www.fda.gov/MedicalDevices/ProductsandMedicalProcedures/CosmeticDevices/WrinkleFillers/UCM2007470.htm',
    'FDA: Dermal Fillers (medical device implants approved by FDA)',
  ),
  volumaDfu: source(
    'https://vdocument.in/juvderm-voluma-xc-treatment-site-responses-reported-by-a-5-of-subjects-included.html',
    'Allergan: JUVÉDERM VOLUMA XC directions for use (copy)',
  ),
  volumaApproval: source(
    'http://www.drugs.com/newdrugs/fda-approves-juv-derm-voluma-xc-correct-age-related-volume-loss-cheek-area-3946.html',
    'Allergan release: FDA approves Juvéderm Voluma XC (October 2013)',
  ),
  volumaTemple: source('http://cms.medugate.me/blog-details/new-indication-approved-for-juv-derm', 'FDA approves Juvéderm Voluma XC for temple hollowing (March 2024 report)'),
  volbellaSsed: source(
    'https://vdocuments.net/summary-of-safety-and-effectiveness-data-of-safety-and-effectiveness-data-ssed.html',
    'FDA SSED: PMA P110033/S018, JUVÉDERM VOLBELLA XC (copy)',
  ),
  vollureSsed: source(
    'https://vdocuments.mx/summary-of-safety-and-effectiveness-data-ssed-paresthesia-migration-of-device.html',
    'FDA SSED: PMA P110033/S020, JUVÉDERM VOLLURE XC (copy)',
  ),
  voluxApproval: source(
    'https://www.empr.com/home/news/juvederm-volux-xc-approved-for-improving-jawline-definition/',
    'MPR: Juvéderm Volux XC approved for jawline definition (2022)',
  ),
  voluxLineup: source(
    'https://investingnews.com/fda-approves-juvederm-r-volux-xc-for-improvement-of-jawline-definition/',
    'Allergan release: FDA approves Volux XC, sixth product in the US Juvéderm line-up (August 2022)',
  ),
  skinviveApproval: source(
    'https://cosmeticinjectables.com/blog/skinvive-by-juvederm-science-results-and-safety-of-the-first-fda-approved-skin-quality-injectable',
    'SkinVive by Juvéderm: FDA approval of 11 May 2023 for cheek skin smoothness',
  ),
  skinviveFdaRef: source(
    'https://glowhealth.eu/juvederm-skinvive-microdroplet-technique-professional-guide',
    'Professional guide citing the FDA device summary for SkinVive (P110033/S059)',
  ),
  ultraXcDfu: source(
    'https://vdocument.in/juvderm-ultra-xc-juvderm-ultra-xc-injectable-gel-is-indicated-for-injection.html',
    'Allergan: JUVÉDERM Ultra XC directions for use (copy)',
  ),
  ultraXcLips: source(
    'http://www.ada.org/en/publications/ada-news/2015-archive/october/fda-approves-premarket-application-for-allergans-juvederm-ultra-xc-in-lip-augmentation',
    'ADA News: FDA approves supplemental PMA for Juvéderm Ultra XC lip augmentation (30 September 2015)',
  ),
  restylaneLips: source(
    'http://www.fda.gov/MedicalDevices/ProductsandMedicalProcedures/DeviceApprovalsandClearances/Recently-ApprovedDevices/ucm276637.htm',
    'FDA: Restylane Injectable Gel, P040024/S051 (11 October 2011)',
  ),
  restylane2003: source(
    'https://www.newbeauty.com/blog/dailybeauty/4624-fda-panel-recommends-restylane-for-lips/',
    'NewBeauty: Restylane first FDA approval on 12 December 2003',
  ),
  restylaneLyftDfu: source(
    'https://pdfslide.us/documents/restylane-lyft-with-lidocaine-1-56-restylane-lyft-with-lidocaine-injectable.html',
    'Galderma: Restylane Lyft with Lidocaine directions for use (copy)',
  ),
  restylaneLyftPerlane: source(
    'https://www.smartbeautyguide.com/news/injectables/restylane-lift-fda-approved-filler-plumping-cheeks-erasing-smile-lines/',
    'Smart Beauty Guide: Restylane Lyft (formerly Perlane) FDA-approved for cheek volume',
  ),
  restylaneLyftHands: source(
    'https://www.mdedge9-ma1.mdedge.com/dermatology/clinical-edge/summary/aesthetic-dermatology/fda-approves-restylane-lyft-back-hands',
    'MDedge: FDA approves Restylane Lyft for the back of the hands (May 2018)',
  ),
  restylaneSilk: source(
    'https://www.the-dermatologist.com/news/fda-approves-dermal-filler-injection-cannula',
    'The Dermatologist: FDA approves Restylane Silk for lip augmentation by cannula (2017)',
  ),
  restylaneKysseDfu: source(
    'https://fdocuments.us/document/2-intended-useindications-and-homogeneous-gel-composed-of-hyaluronic-acid-of.html',
    'Galderma: Restylane Kysse directions for use (copy)',
  ),
  restylaneRefyneDfu: source(
    'https://fdocuments.in/document/directions-for-use-usa-restylane-refyne-a-as-with-all-transcutaneous-procedures.html',
    'Galderma: Restylane Refyne directions for use, USA (copy)',
  ),
  restylaneDefyneDfu: source(
    'https://fdocuments.in/document/directions-for-use-usa-restylane-defyne-2020-10-15-a-do-not-inject-the.html',
    'Galderma: Restylane Defyne directions for use, USA (copy)',
  ),
  restylaneDefyneChin: source('https://www.fda.gov/medical-devices/recently-approved-devices/restylane-defyne-p140029s027', 'FDA: Restylane Defyne, P140029/S027 (29 January 2021)'),
  restylaneContour: source(
    'https://develop-sr3snxi-tt7lcx6s5gdv4.us-4.platformsh.site/site/thederm/fda-alerts/ha-filler-now-approved-cheek-augmentation-and-midface-contour-deficiencies',
    'The Dermatologist: FDA approves Restylane Contour for cheek augmentation and midface contour deficiencies (June 2021)',
  ),
  restylaneEyelight: source('https://galderma.com/GaldermaFDAapprovalforRestylaneEyelight', 'Galderma: FDA approval for Restylane Eyelight, undereye hollows (5 June 2023)'),
  rhaSsed: source(
    'https://pdfslide.us/documents/summary-of-safety-and-effectiveness-data-ssed-irritant-after-52-weeks-degradation.html',
    'FDA SSED: PMA P170002, RHA 2, RHA 3, RHA 4 (copy)',
  ),
  beloteroBalance: source(
    'http://www.fda.gov/MedicalDevices/ProductsandMedicalProcedures/DeviceApprovalsandClearances/Recently-ApprovedDevices/ucm280839.htm',
    'FDA: Belotero Balance, P090016 (14 November 2011)',
  ),
  beloteroBalancePlus: source('https://www.fda.gov/medical-devices/recently-approved-devices/belotero-balancer-p090016s050', 'FDA: Belotero Balance (+), P090016/S050 (27 September 2023)'),
  radiesseApproval: source(
    'https://webarchive.library.unt.edu/eot2008/20090113172138/http:/aidsinfo.nih.gov/DrugsNew/DrugDetailT.aspx?ClassID=6&MenuItem=Drugs&Search=Off&TypeID=1&int_id=425',
    'AIDSinfo (NIH, archived): Radiesse approved by FDA on 22 December 2006',
  ),
  radiesseIfu: source(
    'https://vdocuments.mx/radiesse-food-and-drug-administration-extensive-sun-or-heat-exposure-for-approximately.html',
    'RADIESSE injectable implant instructions for use (FDA copy)',
  ),
  radiesseHands: source('https://cm.healio.com/news/dermatology/20150608/fda-approves-radiesse-for-hand-augmentation', 'Healio: FDA approves Radiesse for hand augmentation (June 2015)'),
  radiesseHandsIfu: source(
    'https://vdocuments.site/radiesse-food-and-drug-administration-4-to-help-avoid-needle-breakage-do.html',
    'RADIESSE instructions for use for the dorsum of the hand (FDA copy)',
  ),
  radiessePlusJawline: source(
    'https://merzaesthetics.com/news/merz-aesthetics-launches-radiesse-as-first-and-only-aesthetic-injectable-to-improve-moderate-to-severe-loss-of-jawline-contour/',
    'Merz Aesthetics: Radiesse (+) sPMA approved September 2021 for jawline contour',
  ),
  sculptraAesthetic: source(
    'http://www.fda.gov/MedicalDevices/ProductsandMedicalProcedures/DeviceApprovalsandClearances/Recently-ApprovedDevices/ucm176124.htm',
    'FDA: Sculptra Aesthetic, P030050/S002 (28 July 2009)',
  ),
  sculptraIfu: source('http://products.sanofi.us/sculptra_aesthetic/sculptra_aesthetic.html', 'Sanofi: SCULPTRA Aesthetic prescribing information'),
  sculptraHiv: source('https://www.poz.com/article/Radiesse-Approved-for-HIV-Lipoatrophy-11062-7424', 'POZ: Radiesse approved for HIV lipoatrophy, after Sculptra (August 2004)'),
  bellafillSsed: source(
    'https://pdfslide.net/documents/summary-of-safety-and-effectiveness-data-ssed-i-pma-p020012s09-fda-summary.html',
    'FDA SSED: PMA P020012/S09, Bellafill (formerly Artefill), 23 December 2014 (copy)',
  ),
  teoxaneEurope: source('https://www.teoxane.com/en/productinfo-europe', 'Teoxane: TEOSYAL product information for Europe (Class III medical devices)'),
  ukFillersDevices2019: source(
    'https://www.parallelparliament.co.uk/question/246486',
    'UK Parliament written answer (April 2019): dermal fillers are medical devices; devices cannot be prescription-only',
  ),
  ukFillersCeMarked2017: source(
    'https://www.parallelparliament.co.uk/question/66850/plastic-surgery',
    'UK Parliament written answer (March 2017): dermal fillers are CE marked, not approved or licensed',
  ),
  mdrAnnexXvi: source('https://fimea.fi/en/medical-devices/products-without-a-medical-purpose', 'Fimea (Finnish medicines agency): EU MDR Annex XVI products without a medical purpose'),
  mdrAnnexXviText: source('https://www.avanti-europe.ch/home/medtech/mdr/anxvi_all/', 'EU MDR 2017/745 Annex XVI, text'),

  // ---- Energy devices ---------------------------------------------------------
  coolsculptingK181740: source('https://510k.innolitics.com/search/K181740', 'FDA 510(k) K181740: ZELTIQ CoolSculpting System, 29 August 2018 (innolitics mirror)'),
  coolsculptingEliteK212707: source('https://510k.innolitics.com/search/K212707', 'FDA 510(k) K212707: CoolSculpting Elite System, 5 November 2021 (innolitics mirror)'),
  ultheraK243035: source('https://510k.innolitics.com/search/K243035', 'FDA 510(k) K243035: Ulthera System, 24 February 2025 (innolitics mirror)'),
  ultheraK121700: source('https://510k.innolitics.com/search/K121700', 'FDA 510(k) K121700: Ulthera System, submental and neck lift, 2 October 2012 (innolitics mirror)'),
  ultheraK134032: source('https://510k.innolitics.com/search/K134032', 'FDA 510(k) K134032: Ulthera System, décolleté lines, 20 June 2014 (innolitics mirror)'),
  thermageK052936: source('https://510k.innolitics.com/search/K052936', 'FDA 510(k) K052936: Thermage ThermaCool System, 12 June 2007 (innolitics mirror)'),
  thermageCptK173759: source('https://510k.innolitics.com/search/K173759', 'FDA 510(k) K173759: Thermage CPT System, 8 January 2018 (innolitics mirror)'),
  fraxelDualK130193: source('https://510k.innolitics.com/search/K130193', 'FDA 510(k) K130193: Fraxel DUAL 1550/1927 nm Laser System, 14 June 2013 (innolitics mirror)'),
  fraxelRepairK080915: source('https://510k.innolitics.com/search/K080915', 'FDA 510(k) K080915: Fraxel re:pair Laser System, 1 July 2008 (innolitics mirror)'),
  btl899ms: source('https://510k.innolitics.com?devicename=BTL-899', 'FDA 510(k) K240234: BTL-899MS, 17 August 2024, and other BTL-899 records (innolitics search)'),
  emsculpt2018: source(
    'https://widewebdesign.ca/emsculpt-safety-exploring-possible-side-effects/',
    'Emsculpt safety article stating a 2018 FDA clearance for abdominal tone',
  ),
  morpheus8Trial: source('https://www.clinicaltrials.gov/ct2/show/study/NCT05085730', 'ClinicalTrials.gov NCT05085730: InMode Morpheus8 System study'),
  morpheus8Fractora: source('https://pmc.ncbi.nlm.nih.gov/articles/PMC6460431', 'Aesthetic Surgery Journal supplement: RF microneedling (Fractora modified to Morpheus8)'),
  lightsheerK982940: source('https://510k.innolitics.com/search/K982940', 'FDA 510(k) K982940: LightSheer diode laser, 8 April 1999 (innolitics mirror)'),
  lightsheerK170179: source('https://510k.innolitics.com/search/K170179', 'FDA 510(k) K170179: LightSheer family of diode laser systems, 18 September 2017 (innolitics mirror)'),
  gentlemaxK140122: source('https://510k.innolitics.com/search/K140122', 'FDA 510(k) K140122: Candela GentleMAX family, 9 May 2014 (innolitics mirror)'),
  gentlelaseK140732: source('https://510k.innolitics.com/search/K140732', 'FDA 510(k) K140732: Candela GentleLASE family, 7 November 2014 (innolitics mirror)'),
  sopranoK140009: source('https://510k.innolitics.com/search/K140009', 'FDA 510(k) K140009: Alma Lasers Soprano XL family (innolitics mirror)'),
  hydrafacialGuide: source('https://scribd.com/document/502999182/HydraFacial-Tower-User-Guide', 'Edge Systems: HydraFacial Tower user guide (copy)'),
  fdaDermabrasion: source(
    'https://www.fda.gov/regulatory-information/search-fda-guidance-documents/guidance-dermabrasion-devices-guidance-industry',
    'FDA: Guidance for Dermabrasion Devices (1999), Class I and 510(k)-exempt',
  ),

  // ---- Microneedling devices ----------------------------------------------------
  skinpenDeNovo: source('https://510k.innolitics.com/search/DEN160029', 'FDA De Novo DEN160029: SkinPen Precision System, 1 March 2018 (innolitics mirror)'),
  skinpenK202243: source('https://510k.innolitics.com/search/K202243', 'FDA 510(k) K202243: SkinPen Precision system, neck wrinkles (innolitics mirror)'),
  microneedlingClassification: source(
    'http://federal.elaws.us/fr/6/8/2018/2018-12335',
    'Federal Register 2018-12335: classification of the microneedling device for aesthetic use (Class II)',
  ),
  bellusWarningLetter: source('https://www.fda.gov/iceci/enforcementactions/warningletters/2016/ucm520649', 'FDA warning letter to Bellus Medical (SkinPen), 13 September 2016'),
  exceedK182407: source('https://510k.innolitics.com/search/K182407', 'FDA 510(k) K182407: Exceed microneedling device (innolitics mirror)'),
  exceedK233709: source('https://510k.innolitics.com/search/K233709', 'FDA 510(k) K233709: Exceed Unlimited microneedling device (innolitics mirror)'),
  drpenK230420: source('https://510k.innolitics.com/search/K230420', 'FDA 510(k) K230420: Dr.pen Microneedling System, 11 August 2023 (innolitics mirror)'),
  microneedlingCleared: source(
    'https://plasticsurgerypractice.com/client-objectives/rejuvenation/med-spa/microneedling/fda-finalizes-guidance-on-microneedling-devices/',
    'Plastic Surgery Practice (from RAPS): FDA cleared Skinstylus Sterilock Microsystem and Rejuvapen NXT',
  ),
  fdaMicroneedling: source('https://www.fda.gov/medical-devices/aesthetic-cosmetic-devices/microneedling-devices', 'FDA: Microneedling Devices'),

  // ---- Regulatory wording -------------------------------------------------------
  fdaLaserFacts: source(
    'https://aestheticmedicinenews.com/laser-hair-removal-facts-from-the-fda.htm',
    'FDA CDRH Laser Facts on hair removal, reprinted (permanent reduction, not permanent removal)',
  ),
  fdaLaserFactsCopy: source('https://ridgewoodelectrolysis.com/FDA_Fact_Sheet.html', 'FDA laser hair removal fact sheet (copy)'),
  fdaHairReductionDefinition: source(
    'https://www.hairfacts.com/medpubs/laserlight-permanent-hair-reduction/',
    'Hairfacts: FDA definition of permanent hair reduction, as supplied by the FDA reviewer',
  ),
  fdaClearVsApprove: source(
    'https://webarchive.library.unt.edu/web/20120926020116/http://www.fda.gov/AboutFDA/Transparency/Basics/ucm194460.htm',
    'FDA Basics (archived): What does it mean when FDA "clears" or "approves" a medical device?',
  ),
  fdaCosmeticsNotApproved: source('https://fda.gov/cosmetics/consumers/cosmetics-qa-why-are-cosmetics-not-fda-approved', 'FDA: Cosmetics Q&A, why are cosmetics not FDA-approved?'),
  capHairRemoval: source('https://www.lscprom.co.uk/cap/hair-hair-removal/', 'CAP AdviceOnline: Hair removal (copy cited by the claimlint rulebook)'),
} as const satisfies Record<string, Source>;
