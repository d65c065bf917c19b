/**
 * The word lists the benchmark catalog is written from. Plain words only: no braces, angle
 * brackets or other characters MDX would read as code.
 */

/** One item per line, trimmed. */
function lines(text: string): string[] {
	return text
		.trim()
		.split('\n')
		.map((line) => line.trim());
}

/** One item per word. */
function words(text: string): string[] {
	return text.trim().split(/\s+/);
}

/** Personal names; about one persona in six has none and goes by its role. */
export const firstNames = words(`
	Abena Aditya Agnes Aisha Alun Amara Anwen Arjun Beatriz Bilal Bronwen Callum Carys Chidi Ciara
	Connor Dafydd Delyth Dominika Eamon Efua Elif Emeka Ffion Fiona Gareth Grace Hamza Helen Ibrahim
	Imogen Ines Jamal Jessica Joanna Kasia Kofi Lakshmi Liam Lowri Maeve Malik Maria Mei Mohammed Nadia
	Nia Oisin Olu Owen Patrick Priya Rhys Rosa Ruth Saoirse Seren Tariq Tomasz Yusuf
`);

/** A role, the market it belongs to and a short word for ids. */
export interface RoleWord {
	role: string;
	short: string;
	market: 'b2c' | 'b2b';
}

/** Roles personas take. */
export const roles: readonly RoleWord[] = lines(`
	Parent running a tight household budget | budget-parent | b2c
	Retired homeowner in a draughty house | retired-homeowner | b2c
	Renter sharing a flat with friends | flat-sharer | b2c
	Early adopter of smart home gadgets | gadget-fan | b2c
	Shift worker with an unpredictable week | shift-worker | b2c
	Carer looking after a parent from afar | remote-carer | b2c
	First-time buyer doing up an old house | first-time-buyer | b2c
	Home worker who heats one room all day | home-worker | b2c
	Student in a converted terrace | student | b2c
	Household planning a heat pump | heat-pump-planner | b2c
	Energy tinkerer who reads every graph | energy-tinkerer | b2c
	Grandparent minding children after school | grandparent | b2c
	New parent up at night with a baby | new-parent | b2c
	Holiday-let owner managing from a distance | holiday-let-owner | b2c
	Tenant on a prepayment meter | prepay-tenant | b2c
	Commuter who is out twelve hours a day | commuter | b2c
	Couple downsizing to a new-build flat | downsizer | b2c
	Household with a disabled family member | care-household | b2c
	Rural household heating with oil | oil-household | b2c
	Climate-minded family cutting emissions | low-carbon-family | b2c
	Independent heating installer | installer | b2b
	Asset manager at a housing association | asset-manager | b2b
	Tenant liaison officer | liaison-officer | b2b
	Portfolio landlord with a dozen flats | portfolio-landlord | b2b
	Facilities manager for a small office | facilities-manager | b2b
	Retail store manager selling thermostats | store-manager | b2b
	Letting agent handling check-ins | letting-agent | b2b
	Procurement lead at a council | procurement-lead | b2b
	Energy advisor at a charity | energy-advisor | b2b
	Service planner at a boiler company | service-planner | b2b
	Sustainability officer at a housing group | sustainability-officer | b2b
	Call centre team leader | team-leader | b2b
	Property developer fitting out new builds | developer | b2b
	Electrical wholesaler branch manager | wholesaler | b2b
	Installer apprentice on their first jobs | apprentice | b2b
	Maintenance supervisor at a care home | maintenance-supervisor | b2b
	Finance director at a housing association | finance-director | b2b
	Block manager for a residents company | block-manager | b2b
	Field technician for a heat pump maker | field-technician | b2b
	Data analyst at an energy supplier | data-analyst | b2b
`).map((line) => {
	const [role = '', short = '', market] = line.split(' | ');
	return { role, short, market: market === 'b2b' ? 'b2b' : 'b2c' };
});

/** Places personas live and segments cover. */
export const places = lines(`
	the English Midlands
	the North East
	the South Wales valleys
	Greater Manchester
	coastal Cornwall
	the Scottish Borders
	outer London
	market towns in Yorkshire
	County Antrim
	the Cotswolds
	Bristol and Bath
	rural Powys
	the Fens
	Merseyside
	the Highlands
	Cork and Kerry
`);

/** Things in the product and its service a statement can be about. */
export const things = lines(`
	the heating bill
	the monthly savings report
	the weekly schedule
	the boiler service
	the installation visit
	the app home screen
	the frost alert
	the tariff comparison
	the renewal email
	the support chat
	the setup wizard
	the room sensors
	the away mode
	the boost button
	the hot water timer
	the energy graph
	the landlord portal
	the tenant handover
	the warranty claim
	the wiring diagram
	the price plan
	the referral offer
	the heat pump settings
	the damp warning
	the quarterly bill
	the repair booking
	the firmware update
	the voice assistant link
	the shared account
	the usage export
`);

/** Verbs for goals. */
export const goalVerbs = lines(`
	Understand
	Control
	Trust
	Simplify
	Check
	Plan around
	Share
	Keep on top of
	Explain
	Get through
	Rely on
	Compare
`);

/** How a goal should go. */
export const goalManners = lines(`
	without asking anyone for help
	in under a minute
	from a phone in the car park
	before the bill arrives
	without a second visit
	in plain words
	for the whole household
	on a bad signal
	with numbers that add up
	at the end of a long shift
	without an engineer
	across every property at once
`);

/** What goes wrong. */
export const pains = lines(`
	is hard to find when it matters
	uses words nobody in the house understands
	shows figures that do not match the bill
	breaks when the week changes
	needs an account nobody remembers setting up
	asks for the same details twice
	arrives too late to act on
	assumes a fast broadband connection
	looks different on every device
	hides the one setting they need
	fails quietly and nobody notices
	needs a call to support to change
`);

/** Why people act. */
export const drives = lines(`
	Two winters of high energy prices
	Worry about a parent living alone
	Pride in a well-run home
	A landlord who will not fix the windows
	A target set by the board
	Complaints from tenants
	A new baby
	A doctor saying the house is too cold
	A promise to cut carbon by 2030
	A bad experience with a previous supplier
	Colleagues who ask for advice
	A budget that has to balance every month
`);

/** Channels, devices and habits. */
export const habits = lines(`
	Reads the one-star reviews first
	Waits for a cashback offer
	Asks in a local Facebook group
	Watches installation videos on YouTube
	Compares the cost over a year, not the sticker price
	Buys through the trade counter
	Follows the advice of a trusted installer
	Keeps every paper manual in a drawer
	Uses the app most days in winter
	Prints the monthly report
	Rings support rather than chat
	Reads forum threads late at night
`);

/** What people value. */
export const values = lines(`
	Fairness
	Being in control
	Honest numbers
	Comfort for the children
	Saving time
	Not wasting energy
	Independence
	Doing the job properly
	Keeping tenants happy
	Value over the long run
	Privacy at home
	Looking after older relatives
`);

/** Teams and people who own entries. */
export const owners = [
	{ name: 'Priya Raman', handle: '@priya-raman' },
	{ name: 'Tom Okafor', handle: '@tom-okafor' },
	{ name: 'Research team', handle: '@fernbrook/research' },
	{ name: 'Housing partnerships', handle: '@fernbrook/housing' },
	{ name: 'Elin Morgan', handle: '@elin-morgan' },
	{ name: 'Installer programme', handle: '@fernbrook/installers' },
	{ name: 'Sofia Duarte', handle: '@sofia-duarte' },
	{ name: 'Growth team', handle: '@fernbrook/growth' },
] as const;

/** Tags for filtering. */
export const tagWords = words(`
	price-sensitive families saver-subscription heating-schedules older-people renters landlords
	installers heat-pumps accessibility low-carbon social-housing retail support onboarding b2b-sales
	rural tenants data winter
`);

/** Journey stage names, in a sensible order. */
export const stageNames = lines(`
	Notice a need
	Look around
	Compare options
	Decide
	Buy
	Prepare the home
	Install
	Set up
	First week
	First cold snap
	Judge the savings
	Get help
	Renew or leave
	Recommend
`);

/** What someone does in a step. */
export const stepVerbs = lines(`
	Read
	Open
	Compare
	Ask about
	Book
	Change
	Check
	Set up
	Share
	Complain about
	Pay for
	Look up
	Switch off
	Reset
`);

/** Where a step happens, with its channel. */
export const touchpoints = [
	{ touchpoint: 'Product page', channel: 'web' },
	{ touchpoint: 'Comparison site', channel: 'web' },
	{ touchpoint: 'Schedule editor', channel: 'app' },
	{ touchpoint: 'Savings report', channel: 'app' },
	{ touchpoint: 'Push notification', channel: 'app' },
	{ touchpoint: 'Welcome email', channel: 'email' },
	{ touchpoint: 'Renewal reminder', channel: 'email' },
	{ touchpoint: 'Support line', channel: 'phone' },
	{ touchpoint: 'Support chat', channel: 'chat' },
	{ touchpoint: 'Installer visit', channel: 'in-person' },
	{ touchpoint: 'Store counter', channel: 'in-person' },
	{ touchpoint: 'Community forum', channel: 'social' },
	{ touchpoint: 'Quick start leaflet', channel: 'print' },
	{ touchpoint: 'Partner portal', channel: 'partner' },
] as const;
