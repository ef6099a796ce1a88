// Placeholder until the CLI issue lands: prints usage.
console.log('huaian-sw: commands arrive with the CLI issue (salary, coverage, review, demo, test)');
