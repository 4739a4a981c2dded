/** The CRMs the content script runs on without being asked; other sites are enabled by the user. */
export const CRM_MATCH_PATTERNS = [
  // Salesforce Lightning and Classic
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  // HubSpot
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  // Zoho CRM
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  // Pipedrive
  'https://*.pipedrive.com/*',
  // Freshsales
  'https://*.myfreshworks.com/*',
  // Zendesk
  'https://*.zendesk.com/*',
] as const;

/** The default CRMs by name, for the options page. */
export const CRM_NAMES: readonly { name: string; hosts: string }[] = [
  {
    name: 'Salesforce (Lightning and Classic)',
    hosts: '*.lightning.force.com, *.my.salesforce.com',
  },
  { name: 'HubSpot', hosts: 'app.hubspot.com, app-eu1.hubspot.com' },
  { name: 'Zoho CRM', hosts: 'crm.zoho.com, .eu, .in, .com.au' },
  { name: 'Pipedrive', hosts: '*.pipedrive.com' },
  { name: 'Freshsales', hosts: '*.myfreshworks.com' },
  { name: 'Zendesk', hosts: '*.zendesk.com' },
];
