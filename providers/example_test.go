package providers_test

import (
	"fmt"
	"log"

	"isobar.dev/isobar/providers"
)

func Example() {
	c, err := providers.Builtin()
	if err != nil {
		log.Fatal(err)
	}
	ie, _ := c.Region("aws", "eu-west-1")
	fmt.Println(ie.DisplayName, ie.Country, "EU:", ie.EU)

	p := ie.Prices
	fmt.Printf("%s $%.3f/h = 4 x $%.5f/vCPU-h + 16 x $%.6f/GiB-h (estimated: %v)\n",
		p.VM.SKU, p.VM.Hour, p.VCPUHour, p.GiBHour, p.Estimated)

	we, _ := c.Region("azure", "westeurope")
	fmt.Printf("azure westeurope vCPU-h $%.5f, estimated from %s\n", we.Prices.VCPUHour, we.Prices.EstimatedFrom)

	ms, est := c.RTT(ie.Point(), providers.Point{Provider: "gcp", Region: "europe-west1"})
	fmt.Printf("eu-west-1 -> gcp europe-west1: %.1f ms (estimated: %v)\n", ms, est)

	usd, est := c.Egress("aws", "eu-west-1", "aws", "us-east-1")
	fmt.Printf("eu-west-1 -> us-east-1: $%.2f/GB (estimated: %v)\n", usd, est)
	// Output:
	// Europe (Ireland) IE EU: true
	// m6i.xlarge $0.214/h = 4 x $0.03483/vCPU-h + 16 x $0.004668/GiB-h (estimated: false)
	// azure westeurope vCPU-h $0.03125, estimated from azure:eastus
	// eu-west-1 -> gcp europe-west1: 19.1 ms (estimated: false)
	// eu-west-1 -> us-east-1: $0.02/GB (estimated: false)
}

func ExampleCatalog_EstimateRTT() {
	c, err := providers.Builtin()
	if err != nil {
		log.Fatal(err)
	}
	// A user in Berlin to aws eu-central-1 (Frankfurt): always an estimate.
	fra, _ := c.Region("aws", "eu-central-1")
	fmt.Printf("%.0f km, ~%.0f ms\n",
		providers.HaversineKM(52.52, 13.405, fra.Lat, fra.Lon),
		c.EstimateRTT(52.52, 13.405, fra.Lat, fra.Lon))
	// Output:
	// 424 km, ~32 ms
}
