NAME isobar FREE
ROWS
 N OBJ
 G r0_replicas
 G r1_location
 L r2_location
 G r3_location
 L r4_location
 G r5_location
 L r6_location
 G r7_location
 L r8_location
 G r9_location
 L r10_location
 G r11_location
 L r12_location
 G r13_location
 L r14_location
 G r15_location
 L r16_location
 G r17_location
 L r18_location
 G r19_location
 L r20_location
 G r21_replicas
 L r22_spread
 L r23_spread
 L r24_spread
 L r25_spread
 L r26_spread
 L r27_spread
 L r28_spread
 L r29_spread
 L r30_spread
 G r31_spread
 L r32_serve
 L r33_serve
 L r34_serve
 L r35_serve
 L r36_serve
 L r37_serve
 L r38_serve
 L r39_serve
 L r40_serve
 L r41_serve
 G r42_replicas
 E r43_demand
 E r44_demand
 E r45_demand
 G r46_replicas
 G r47_replicas
 G r48_replicas
 G r49_location
 L r50_location
 L r51_serve
 G r52_location
 L r53_location
 L r54_serve
 G r55_location
 L r56_location
 L r57_serve
 G r58_location
 L r59_location
 L r60_serve
 G r61_replicas
 E r62_demand
 E r63_demand
 L r64_spread
 L r65_spread
 L r66_spread
 G r67_spread
 G r68_replicas
 G r69_replicas
 G r70_replicas
 L r71_serve
 L r72_serve
 L r73_serve
 L r74_serve
 L r75_serve
 L r76_serve
 L r77_serve
 L r78_serve
 L r79_serve
 L r80_serve
 G r81_replicas
 E r82_demand
 E r83_demand
 G r84_location
 L r85_location
 G r86_location
 L r87_location
 G r88_location
 L r89_location
 G r90_location
 L r91_location
 G r92_location
 L r93_location
 G r94_location
 L r95_location
 G r96_location
 L r97_location
 G r98_location
 L r99_location
 G r100_location
 L r101_location
 G r102_location
 L r103_location
 G r104_replicas
 L r105_spread
 L r106_spread
 L r107_spread
 L r108_spread
 L r109_spread
 L r110_spread
 L r111_spread
 L r112_spread
 L r113_spread
 G r114_spread
 G r115_replicas
 G r116_replicas
 L r117_serve
 L r118_serve
 L r119_serve
 L r120_serve
 L r121_serve
 L r122_serve
 L r123_serve
 L r124_serve
 L r125_serve
 L r126_serve
 G r127_replicas
 E r128_demand
 E r129_demand
 G r130_replicas
 G r131_location
 L r132_location
 G r133_location
 L r134_location
 G r135_location
 L r136_location
 G r137_location
 L r138_location
 G r139_location
 L r140_location
 G r141_location
 L r142_location
 G r143_location
 L r144_location
 G r145_location
 L r146_location
 G r147_location
 L r148_location
 G r149_location
 L r150_location
 G r151_replicas
 L r152_spread
 L r153_spread
 L r154_spread
 L r155_spread
 L r156_spread
 L r157_spread
 L r158_spread
 L r159_spread
 L r160_spread
 G r161_spread
 G r162_replicas
 L r163_serve
 L r164_serve
 L r165_serve
 L r166_serve
 G r167_replicas
 E r168_demand
 E r169_demand
 G r170_replicas
 L r171_capacity
 L r172_capacity
 L r173_capacity
 L r174_capacity
 L r175_capacity
 L r176_capacity
 L r177_capacity
 L r178_capacity
 L r179_capacity
 L r180_capacity
 L r181_capacity
 L r182_capacity
 L r183_capacity
 L r184_capacity
 L r185_capacity
 L r186_capacity
 L r187_capacity
 L r188_capacity
 L r189_capacity
 L r190_capacity
 L r191_capacity
 L r192_capacity
 L r193_capacity
 L r194_capacity
 L r195_budget
 L r196_budget
COLUMNS
 MARKER 'MARKER' 'INTORG'
 x_w0000_c000-aws-eu-west-3 OBJ 40.879999999999995
 x_w0000_c000-aws-eu-west-3 r0_replicas 1
 x_w0000_c000-aws-eu-west-3 r171_capacity 1
 x_w0000_c000-aws-eu-west-3 r172_capacity 4
 x_w0000_c000-aws-eu-west-3 r195_budget 40.879999999999995
 x_w0000_c003-gcp-europe-north2 OBJ 39.027624270000004
 x_w0000_c003-gcp-europe-north2 r0_replicas 1
 x_w0000_c003-gcp-europe-north2 r177_capacity 1
 x_w0000_c003-gcp-europe-north2 r178_capacity 4
 x_w0000_c003-gcp-europe-north2 r195_budget 39.027624270000004
 x_w0000_c006-aws-eu-north-1 OBJ 37.23000073
 x_w0000_c006-aws-eu-north-1 r0_replicas 1
 x_w0000_c006-aws-eu-north-1 r184_capacity 1
 x_w0000_c006-aws-eu-north-1 r185_capacity 4
 x_w0000_c006-aws-eu-north-1 r195_budget 37.23000073
 x_w0000_c009-aws-eu-west-3 OBJ 40.879999999999995
 x_w0000_c009-aws-eu-west-3 r0_replicas 1
 x_w0000_c009-aws-eu-west-3 r193_capacity 1
 x_w0000_c009-aws-eu-west-3 r194_capacity 4
 x_w0000_c009-aws-eu-west-3 r195_budget 40.879999999999995
 x_w0001_c000-aws-eu-west-3 OBJ 40.809915255
 x_w0001_c000-aws-eu-west-3 r1_location 1
 x_w0001_c000-aws-eu-west-3 r2_location 1
 x_w0001_c000-aws-eu-west-3 r21_replicas 1
 x_w0001_c000-aws-eu-west-3 r171_capacity 1.5
 x_w0001_c000-aws-eu-west-3 r172_capacity 0.25
 x_w0001_c000-aws-eu-west-3 r196_budget 40.809915255
 y_w0001_c000-aws-eu-west-3 OBJ 0
 y_w0001_c000-aws-eu-west-3 r1_location -2
 y_w0001_c000-aws-eu-west-3 r2_location -22
 y_w0001_c000-aws-eu-west-3 r26_spread -1
 x_w0001_c001-aws-ap-northeast-3 OBJ 45.18240538
 x_w0001_c001-aws-ap-northeast-3 r3_location 1
 x_w0001_c001-aws-ap-northeast-3 r4_location 1
 x_w0001_c001-aws-ap-northeast-3 r21_replicas 1
 x_w0001_c001-aws-ap-northeast-3 r173_capacity 1.5
 x_w0001_c001-aws-ap-northeast-3 r174_capacity 0.25
 x_w0001_c001-aws-ap-northeast-3 r196_budget 45.18240538
 y_w0001_c001-aws-ap-northeast-3 OBJ 0
 y_w0001_c001-aws-ap-northeast-3 r3_location -2
 y_w0001_c001-aws-ap-northeast-3 r4_location -25
 y_w0001_c001-aws-ap-northeast-3 r22_spread -1
 x_w0001_c002-azure-northcentralus OBJ 34.979926657499995
 x_w0001_c002-azure-northcentralus r5_location 1
 x_w0001_c002-azure-northcentralus r6_location 1
 x_w0001_c002-azure-northcentralus r21_replicas 1
 x_w0001_c002-azure-northcentralus r175_capacity 1.5
 x_w0001_c002-azure-northcentralus r176_capacity 0.25
 x_w0001_c002-azure-northcentralus r196_budget 34.979926657499995
 y_w0001_c002-azure-northcentralus OBJ 0
 y_w0001_c002-azure-northcentralus r5_location -2
 y_w0001_c002-azure-northcentralus r6_location -14
 y_w0001_c002-azure-northcentralus r29_spread -1
 x_w0001_c003-gcp-europe-north2 OBJ 38.9607159375
 x_w0001_c003-gcp-europe-north2 r7_location 1
 x_w0001_c003-gcp-europe-north2 r8_location 1
 x_w0001_c003-gcp-europe-north2 r21_replicas 1
 x_w0001_c003-gcp-europe-north2 r177_capacity 1.5
 x_w0001_c003-gcp-europe-north2 r178_capacity 0.25
 x_w0001_c003-gcp-europe-north2 r196_budget 38.9607159375
 y_w0001_c003-gcp-europe-north2 OBJ 0
 y_w0001_c003-gcp-europe-north2 r7_location -2
 y_w0001_c003-gcp-europe-north2 r8_location -23
 y_w0001_c003-gcp-europe-north2 r30_spread -1
 x_w0001_c004-aws-ap-southeast-2 OBJ 43.7249090975
 x_w0001_c004-aws-ap-southeast-2 r9_location 1
 x_w0001_c004-aws-ap-southeast-2 r10_location 1
 x_w0001_c004-aws-ap-southeast-2 r21_replicas 1
 x_w0001_c004-aws-ap-southeast-2 r179_capacity 1.5
 x_w0001_c004-aws-ap-southeast-2 r180_capacity 0.25
 x_w0001_c004-aws-ap-southeast-2 r196_budget 43.7249090975
 y_w0001_c004-aws-ap-southeast-2 OBJ 0
 y_w0001_c004-aws-ap-southeast-2 r9_location -2
 y_w0001_c004-aws-ap-southeast-2 r10_location -19
 y_w0001_c004-aws-ap-southeast-2 r23_spread -1
 x_w0001_c005-aws-ap-southeast-5 OBJ 43.7249090975
 x_w0001_c005-aws-ap-southeast-5 r11_location 1
 x_w0001_c005-aws-ap-southeast-5 r12_location 1
 x_w0001_c005-aws-ap-southeast-5 r21_replicas 1
 x_w0001_c005-aws-ap-southeast-5 r182_capacity 1.5
 x_w0001_c005-aws-ap-southeast-5 r183_capacity 0.25
 x_w0001_c005-aws-ap-southeast-5 r196_budget 43.7249090975
 y_w0001_c005-aws-ap-southeast-5 OBJ 0
 y_w0001_c005-aws-ap-southeast-5 r11_location -2
 y_w0001_c005-aws-ap-southeast-5 r12_location -21
 y_w0001_c005-aws-ap-southeast-5 r24_spread -1
 x_w0001_c006-aws-eu-north-1 OBJ 37.166172267499995
 x_w0001_c006-aws-eu-north-1 r13_location 1
 x_w0001_c006-aws-eu-north-1 r14_location 1
 x_w0001_c006-aws-eu-north-1 r21_replicas 1
 x_w0001_c006-aws-eu-north-1 r184_capacity 1.5
 x_w0001_c006-aws-eu-north-1 r185_capacity 0.25
 x_w0001_c006-aws-eu-north-1 r196_budget 37.166172267499995
 y_w0001_c006-aws-eu-north-1 OBJ 0
 y_w0001_c006-aws-eu-north-1 r13_location -2
 y_w0001_c006-aws-eu-north-1 r14_location -13
 y_w0001_c006-aws-eu-north-1 r25_spread -1
 x_w0001_c007-azure-japanwest OBJ 34.979926657499995
 x_w0001_c007-azure-japanwest r15_location 1
 x_w0001_c007-azure-japanwest r16_location 1
 x_w0001_c007-azure-japanwest r21_replicas 1
 x_w0001_c007-azure-japanwest r187_capacity 1.5
 x_w0001_c007-azure-japanwest r188_capacity 0.25
 x_w0001_c007-azure-japanwest r196_budget 34.979926657499995
 y_w0001_c007-azure-japanwest OBJ 0
 y_w0001_c007-azure-japanwest r15_location -2
 y_w0001_c007-azure-japanwest r16_location -18
 y_w0001_c007-azure-japanwest r27_spread -1
 x_w0001_c008-azure-jioindiawest OBJ 34.979926657499995
 x_w0001_c008-azure-jioindiawest r17_location 1
 x_w0001_c008-azure-jioindiawest r18_location 1
 x_w0001_c008-azure-jioindiawest r21_replicas 1
 x_w0001_c008-azure-jioindiawest r190_capacity 1.5
 x_w0001_c008-azure-jioindiawest r191_capacity 0.25
 x_w0001_c008-azure-jioindiawest r196_budget 34.979926657499995
 y_w0001_c008-azure-jioindiawest OBJ 0
 y_w0001_c008-azure-jioindiawest r17_location -2
 y_w0001_c008-azure-jioindiawest r18_location -19
 y_w0001_c008-azure-jioindiawest r28_spread -1
 x_w0001_c009-aws-eu-west-3 OBJ 40.809915255
 x_w0001_c009-aws-eu-west-3 r19_location 1
 x_w0001_c009-aws-eu-west-3 r20_location 1
 x_w0001_c009-aws-eu-west-3 r21_replicas 1
 x_w0001_c009-aws-eu-west-3 r193_capacity 1.5
 x_w0001_c009-aws-eu-west-3 r194_capacity 0.25
 x_w0001_c009-aws-eu-west-3 r196_budget 40.809915255
 y_w0001_c009-aws-eu-west-3 OBJ 0
 y_w0001_c009-aws-eu-west-3 r19_location -2
 y_w0001_c009-aws-eu-west-3 r20_location -26
 y_w0001_c009-aws-eu-west-3 r26_spread -1
 MARKER 'MARKER' 'INTEND'
 z_region_w0001_aws.ap-northeast-3 OBJ 0
 z_region_w0001_aws.ap-northeast-3 r22_spread 1
 z_region_w0001_aws.ap-northeast-3 r31_spread 1
 z_region_w0001_aws.ap-southeast-2 OBJ 0
 z_region_w0001_aws.ap-southeast-2 r23_spread 1
 z_region_w0001_aws.ap-southeast-2 r31_spread 1
 z_region_w0001_aws.ap-southeast-5 OBJ 0
 z_region_w0001_aws.ap-southeast-5 r24_spread 1
 z_region_w0001_aws.ap-southeast-5 r31_spread 1
 z_region_w0001_aws.eu-north-1 OBJ 0
 z_region_w0001_aws.eu-north-1 r25_spread 1
 z_region_w0001_aws.eu-north-1 r31_spread 1
 z_region_w0001_aws.eu-west-3 OBJ 0
 z_region_w0001_aws.eu-west-3 r26_spread 1
 z_region_w0001_aws.eu-west-3 r31_spread 1
 z_region_w0001_azure.japanwest OBJ 0
 z_region_w0001_azure.japanwest r27_spread 1
 z_region_w0001_azure.japanwest r31_spread 1
 z_region_w0001_azure.jioindiawest OBJ 0
 z_region_w0001_azure.jioindiawest r28_spread 1
 z_region_w0001_azure.jioindiawest r31_spread 1
 z_region_w0001_azure.northcentralus OBJ 0
 z_region_w0001_azure.northcentralus r29_spread 1
 z_region_w0001_azure.northcentralus r31_spread 1
 z_region_w0001_gcp.europe-north2 OBJ 0
 z_region_w0001_gcp.europe-north2 r30_spread 1
 z_region_w0001_gcp.europe-north2 r31_spread 1
 MARKER 'MARKER' 'INTORG'
 x_w0002_c000-aws-eu-west-3 OBJ 58.163857775000004
 x_w0002_c000-aws-eu-west-3 r32_serve -100
 x_w0002_c000-aws-eu-west-3 r42_replicas 1
 x_w0002_c000-aws-eu-west-3 r171_capacity 1.75
 x_w0002_c000-aws-eu-west-3 r172_capacity 3.25
 x_w0002_c000-aws-eu-west-3 r195_budget 58.163857775000004
 MARKER 'MARKER' 'INTEND'
 r_w0002_london_c000-aws-eu-west-3 OBJ 0
 r_w0002_london_c000-aws-eu-west-3 r32_serve 1
 r_w0002_london_c000-aws-eu-west-3 r43_demand 1
 r_w0002_mumbai_c000-aws-eu-west-3 OBJ 0
 r_w0002_mumbai_c000-aws-eu-west-3 r32_serve 1
 r_w0002_mumbai_c000-aws-eu-west-3 r44_demand 1
 r_w0002_paris_c000-aws-eu-west-3 OBJ 0
 r_w0002_paris_c000-aws-eu-west-3 r32_serve 1
 r_w0002_paris_c000-aws-eu-west-3 r45_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0002_c001-aws-ap-northeast-3 OBJ 64.3956985975
 x_w0002_c001-aws-ap-northeast-3 r33_serve -100
 x_w0002_c001-aws-ap-northeast-3 r42_replicas 1
 x_w0002_c001-aws-ap-northeast-3 r173_capacity 1.75
 x_w0002_c001-aws-ap-northeast-3 r174_capacity 3.25
 x_w0002_c001-aws-ap-northeast-3 r195_budget 64.3956985975
 MARKER 'MARKER' 'INTEND'
 r_w0002_mumbai_c001-aws-ap-northeast-3 OBJ 0
 r_w0002_mumbai_c001-aws-ap-northeast-3 r33_serve 1
 r_w0002_mumbai_c001-aws-ap-northeast-3 r44_demand 1
 r_w0002_paris_c001-aws-ap-northeast-3 OBJ 0
 r_w0002_paris_c001-aws-ap-northeast-3 r33_serve 1
 r_w0002_paris_c001-aws-ap-northeast-3 r45_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0002_c002-azure-northcentralus OBJ 49.85473534
 x_w0002_c002-azure-northcentralus r34_serve -100
 x_w0002_c002-azure-northcentralus r42_replicas 1
 x_w0002_c002-azure-northcentralus r175_capacity 1.75
 x_w0002_c002-azure-northcentralus r176_capacity 3.25
 x_w0002_c002-azure-northcentralus r195_budget 49.85473534
 s_w0002_c002-azure-northcentralus OBJ 6.481114835
 s_w0002_c002-azure-northcentralus r34_serve -100
 s_w0002_c002-azure-northcentralus r42_replicas 1
 s_w0002_c002-azure-northcentralus r175_capacity 1.75
 s_w0002_c002-azure-northcentralus r176_capacity 3.25
 s_w0002_c002-azure-northcentralus r195_budget 6.481114835
 MARKER 'MARKER' 'INTEND'
 r_w0002_london_c002-azure-northcentralus OBJ 0
 r_w0002_london_c002-azure-northcentralus r34_serve 1
 r_w0002_london_c002-azure-northcentralus r43_demand 1
 r_w0002_paris_c002-azure-northcentralus OBJ 0
 r_w0002_paris_c002-azure-northcentralus r34_serve 1
 r_w0002_paris_c002-azure-northcentralus r45_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0002_c003-gcp-europe-north2 OBJ 55.528307385
 x_w0002_c003-gcp-europe-north2 r35_serve -100
 x_w0002_c003-gcp-europe-north2 r42_replicas 1
 x_w0002_c003-gcp-europe-north2 r177_capacity 1.75
 x_w0002_c003-gcp-europe-north2 r178_capacity 3.25
 x_w0002_c003-gcp-europe-north2 r195_budget 55.528307385
 MARKER 'MARKER' 'INTEND'
 r_w0002_london_c003-gcp-europe-north2 OBJ 0
 r_w0002_london_c003-gcp-europe-north2 r35_serve 1
 r_w0002_london_c003-gcp-europe-north2 r43_demand 1
 r_w0002_mumbai_c003-gcp-europe-north2 OBJ 0
 r_w0002_mumbai_c003-gcp-europe-north2 r35_serve 1
 r_w0002_mumbai_c003-gcp-europe-north2 r44_demand 1
 r_w0002_paris_c003-gcp-europe-north2 OBJ 0
 r_w0002_paris_c003-gcp-europe-north2 r35_serve 1
 r_w0002_paris_c003-gcp-europe-north2 r45_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0002_c004-aws-ap-southeast-2 OBJ 62.318419539999994
 x_w0002_c004-aws-ap-southeast-2 r36_serve -100
 x_w0002_c004-aws-ap-southeast-2 r42_replicas 1
 x_w0002_c004-aws-ap-southeast-2 r179_capacity 1.75
 x_w0002_c004-aws-ap-southeast-2 r180_capacity 3.25
 x_w0002_c004-aws-ap-southeast-2 r195_budget 62.318419539999994
 MARKER 'MARKER' 'INTEND'
 r_w0002_mumbai_c004-aws-ap-southeast-2 OBJ 0
 r_w0002_mumbai_c004-aws-ap-southeast-2 r36_serve 1
 r_w0002_mumbai_c004-aws-ap-southeast-2 r44_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0002_c005-aws-ap-southeast-5 OBJ 62.318419539999994
 x_w0002_c005-aws-ap-southeast-5 r37_serve -100
 x_w0002_c005-aws-ap-southeast-5 r42_replicas 1
 x_w0002_c005-aws-ap-southeast-5 r182_capacity 1.75
 x_w0002_c005-aws-ap-southeast-5 r183_capacity 3.25
 x_w0002_c005-aws-ap-southeast-5 r195_budget 62.318419539999994
 MARKER 'MARKER' 'INTEND'
 r_w0002_london_c005-aws-ap-southeast-5 OBJ 0
 r_w0002_london_c005-aws-ap-southeast-5 r37_serve 1
 r_w0002_london_c005-aws-ap-southeast-5 r43_demand 1
 r_w0002_mumbai_c005-aws-ap-southeast-5 OBJ 0
 r_w0002_mumbai_c005-aws-ap-southeast-5 r37_serve 1
 r_w0002_mumbai_c005-aws-ap-southeast-5 r44_demand 1
 r_w0002_paris_c005-aws-ap-southeast-5 OBJ 0
 r_w0002_paris_c005-aws-ap-southeast-5 r37_serve 1
 r_w0002_paris_c005-aws-ap-southeast-5 r45_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0002_c006-aws-eu-north-1 OBJ 52.970656389999995
 x_w0002_c006-aws-eu-north-1 r38_serve -100
 x_w0002_c006-aws-eu-north-1 r42_replicas 1
 x_w0002_c006-aws-eu-north-1 r184_capacity 1.75
 x_w0002_c006-aws-eu-north-1 r185_capacity 3.25
 x_w0002_c006-aws-eu-north-1 r195_budget 52.970656389999995
 s_w0002_c006-aws-eu-north-1 OBJ 16.436482535
 s_w0002_c006-aws-eu-north-1 r38_serve -100
 s_w0002_c006-aws-eu-north-1 r42_replicas 1
 s_w0002_c006-aws-eu-north-1 r184_capacity 1.75
 s_w0002_c006-aws-eu-north-1 r185_capacity 3.25
 s_w0002_c006-aws-eu-north-1 r195_budget 16.436482535
 MARKER 'MARKER' 'INTEND'
 r_w0002_london_c006-aws-eu-north-1 OBJ 0
 r_w0002_london_c006-aws-eu-north-1 r38_serve 1
 r_w0002_london_c006-aws-eu-north-1 r43_demand 1
 r_w0002_mumbai_c006-aws-eu-north-1 OBJ 0
 r_w0002_mumbai_c006-aws-eu-north-1 r38_serve 1
 r_w0002_mumbai_c006-aws-eu-north-1 r44_demand 1
 r_w0002_paris_c006-aws-eu-north-1 OBJ 0
 r_w0002_paris_c006-aws-eu-north-1 r38_serve 1
 r_w0002_paris_c006-aws-eu-north-1 r45_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0002_c007-azure-japanwest OBJ 49.85473534
 x_w0002_c007-azure-japanwest r39_serve -100
 x_w0002_c007-azure-japanwest r42_replicas 1
 x_w0002_c007-azure-japanwest r187_capacity 1.75
 x_w0002_c007-azure-japanwest r188_capacity 3.25
 x_w0002_c007-azure-japanwest r195_budget 49.85473534
 s_w0002_c007-azure-japanwest OBJ 6.481114835
 s_w0002_c007-azure-japanwest r39_serve -100
 s_w0002_c007-azure-japanwest r42_replicas 1
 s_w0002_c007-azure-japanwest r187_capacity 1.75
 s_w0002_c007-azure-japanwest r188_capacity 3.25
 s_w0002_c007-azure-japanwest r195_budget 6.481114835
 MARKER 'MARKER' 'INTEND'
 r_w0002_london_c007-azure-japanwest OBJ 0
 r_w0002_london_c007-azure-japanwest r39_serve 1
 r_w0002_london_c007-azure-japanwest r43_demand 1
 r_w0002_mumbai_c007-azure-japanwest OBJ 0
 r_w0002_mumbai_c007-azure-japanwest r39_serve 1
 r_w0002_mumbai_c007-azure-japanwest r44_demand 1
 r_w0002_paris_c007-azure-japanwest OBJ 0
 r_w0002_paris_c007-azure-japanwest r39_serve 1
 r_w0002_paris_c007-azure-japanwest r45_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0002_c008-azure-jioindiawest OBJ 49.85473534
 x_w0002_c008-azure-jioindiawest r40_serve -100
 x_w0002_c008-azure-jioindiawest r42_replicas 1
 x_w0002_c008-azure-jioindiawest r190_capacity 1.75
 x_w0002_c008-azure-jioindiawest r191_capacity 3.25
 x_w0002_c008-azure-jioindiawest r195_budget 49.85473534
 s_w0002_c008-azure-jioindiawest OBJ 6.481114835
 s_w0002_c008-azure-jioindiawest r40_serve -100
 s_w0002_c008-azure-jioindiawest r42_replicas 1
 s_w0002_c008-azure-jioindiawest r190_capacity 1.75
 s_w0002_c008-azure-jioindiawest r191_capacity 3.25
 s_w0002_c008-azure-jioindiawest r195_budget 6.481114835
 MARKER 'MARKER' 'INTEND'
 r_w0002_london_c008-azure-jioindiawest OBJ 0
 r_w0002_london_c008-azure-jioindiawest r40_serve 1
 r_w0002_london_c008-azure-jioindiawest r43_demand 1
 r_w0002_mumbai_c008-azure-jioindiawest OBJ 0
 r_w0002_mumbai_c008-azure-jioindiawest r40_serve 1
 r_w0002_mumbai_c008-azure-jioindiawest r44_demand 1
 r_w0002_paris_c008-azure-jioindiawest OBJ 0
 r_w0002_paris_c008-azure-jioindiawest r40_serve 1
 r_w0002_paris_c008-azure-jioindiawest r45_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0002_c009-aws-eu-west-3 OBJ 58.163857775000004
 x_w0002_c009-aws-eu-west-3 r41_serve -100
 x_w0002_c009-aws-eu-west-3 r42_replicas 1
 x_w0002_c009-aws-eu-west-3 r193_capacity 1.75
 x_w0002_c009-aws-eu-west-3 r194_capacity 3.25
 x_w0002_c009-aws-eu-west-3 r195_budget 58.163857775000004
 s_w0002_c009-aws-eu-west-3 OBJ 21.13633094
 s_w0002_c009-aws-eu-west-3 r41_serve -100
 s_w0002_c009-aws-eu-west-3 r42_replicas 1
 s_w0002_c009-aws-eu-west-3 r193_capacity 1.75
 s_w0002_c009-aws-eu-west-3 r194_capacity 3.25
 s_w0002_c009-aws-eu-west-3 r195_budget 21.13633094
 MARKER 'MARKER' 'INTEND'
 r_w0002_london_c009-aws-eu-west-3 OBJ 0
 r_w0002_london_c009-aws-eu-west-3 r41_serve 1
 r_w0002_london_c009-aws-eu-west-3 r43_demand 1
 r_w0002_mumbai_c009-aws-eu-west-3 OBJ 0
 r_w0002_mumbai_c009-aws-eu-west-3 r41_serve 1
 r_w0002_mumbai_c009-aws-eu-west-3 r44_demand 1
 r_w0002_paris_c009-aws-eu-west-3 OBJ 0
 r_w0002_paris_c009-aws-eu-west-3 r41_serve 1
 r_w0002_paris_c009-aws-eu-west-3 r45_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0003_c000-aws-eu-west-3 OBJ 8.43651437
 x_w0003_c000-aws-eu-west-3 r46_replicas 1
 x_w0003_c000-aws-eu-west-3 r171_capacity 0.25
 x_w0003_c000-aws-eu-west-3 r172_capacity 0.5
 x_w0003_c000-aws-eu-west-3 r196_budget 8.43651437
 x_w0003_c003-gcp-europe-north2 OBJ 8.0542347225
 x_w0003_c003-gcp-europe-north2 r46_replicas 1
 x_w0003_c003-gcp-europe-north2 r177_capacity 0.25
 x_w0003_c003-gcp-europe-north2 r178_capacity 0.5
 x_w0003_c003-gcp-europe-north2 r196_budget 8.0542347225
 x_w0003_c006-aws-eu-north-1 OBJ 7.6832541975
 x_w0003_c006-aws-eu-north-1 r46_replicas 1
 x_w0003_c006-aws-eu-north-1 r184_capacity 0.25
 x_w0003_c006-aws-eu-north-1 r185_capacity 0.5
 x_w0003_c006-aws-eu-north-1 r196_budget 7.6832541975
 s_w0003_c006-aws-eu-north-1 OBJ 2.3840684925
 s_w0003_c006-aws-eu-north-1 r46_replicas 1
 s_w0003_c006-aws-eu-north-1 r184_capacity 0.25
 s_w0003_c006-aws-eu-north-1 r185_capacity 0.5
 s_w0003_c006-aws-eu-north-1 r196_budget 2.3840684925
 x_w0003_c009-aws-eu-west-3 OBJ 8.43651437
 x_w0003_c009-aws-eu-west-3 r46_replicas 1
 x_w0003_c009-aws-eu-west-3 r193_capacity 0.25
 x_w0003_c009-aws-eu-west-3 r194_capacity 0.5
 x_w0003_c009-aws-eu-west-3 r196_budget 8.43651437
 s_w0003_c009-aws-eu-west-3 OBJ 3.0657691375
 s_w0003_c009-aws-eu-west-3 r46_replicas 1
 s_w0003_c009-aws-eu-west-3 r193_capacity 0.25
 s_w0003_c009-aws-eu-west-3 r194_capacity 0.5
 s_w0003_c009-aws-eu-west-3 r196_budget 3.0657691375
 x_w0004_c000-aws-eu-west-3 OBJ 50.138172440000005
 x_w0004_c000-aws-eu-west-3 r47_replicas 1
 x_w0004_c000-aws-eu-west-3 r171_capacity 1.75
 x_w0004_c000-aws-eu-west-3 r172_capacity 1
 x_w0004_c000-aws-eu-west-3 r195_budget 50.138172440000005
 x_w0004_c001-aws-ap-northeast-3 OBJ 55.51011852250001
 x_w0004_c001-aws-ap-northeast-3 r47_replicas 1
 x_w0004_c001-aws-ap-northeast-3 r173_capacity 1.75
 x_w0004_c001-aws-ap-northeast-3 r174_capacity 1
 x_w0004_c001-aws-ap-northeast-3 r195_budget 55.51011852250001
 x_w0004_c002-azure-northcentralus OBJ 42.975575777500005
 x_w0004_c002-azure-northcentralus r47_replicas 1
 x_w0004_c002-azure-northcentralus r175_capacity 1.75
 x_w0004_c002-azure-northcentralus r176_capacity 1
 x_w0004_c002-azure-northcentralus r195_budget 42.975575777500005
 s_w0004_c002-azure-northcentralus OBJ 5.5868245025
 s_w0004_c002-azure-northcentralus r47_replicas 1
 s_w0004_c002-azure-northcentralus r175_capacity 1.75
 s_w0004_c002-azure-northcentralus r176_capacity 1
 s_w0004_c002-azure-northcentralus r195_budget 5.5868245025
 x_w0004_c003-gcp-europe-north2 OBJ 47.8662863325
 x_w0004_c003-gcp-europe-north2 r47_replicas 1
 x_w0004_c003-gcp-europe-north2 r177_capacity 1.75
 x_w0004_c003-gcp-europe-north2 r178_capacity 1
 x_w0004_c003-gcp-europe-north2 r195_budget 47.8662863325
 x_w0004_c004-aws-ap-southeast-2 OBJ 53.7194704975
 x_w0004_c004-aws-ap-southeast-2 r47_replicas 1
 x_w0004_c004-aws-ap-southeast-2 r179_capacity 1.75
 x_w0004_c004-aws-ap-southeast-2 r180_capacity 1
 x_w0004_c004-aws-ap-southeast-2 r195_budget 53.7194704975
 x_w0004_c005-aws-ap-southeast-5 OBJ 53.7194704975
 x_w0004_c005-aws-ap-southeast-5 r47_replicas 1
 x_w0004_c005-aws-ap-southeast-5 r182_capacity 1.75
 x_w0004_c005-aws-ap-southeast-5 r183_capacity 1
 x_w0004_c005-aws-ap-southeast-5 r195_budget 53.7194704975
 x_w0004_c006-aws-eu-north-1 OBJ 45.661549457499994
 x_w0004_c006-aws-eu-north-1 r47_replicas 1
 x_w0004_c006-aws-eu-north-1 r184_capacity 1.75
 x_w0004_c006-aws-eu-north-1 r185_capacity 1
 x_w0004_c006-aws-eu-north-1 r195_budget 45.661549457499994
 s_w0004_c006-aws-eu-north-1 OBJ 14.1685103225
 s_w0004_c006-aws-eu-north-1 r47_replicas 1
 s_w0004_c006-aws-eu-north-1 r184_capacity 1.75
 s_w0004_c006-aws-eu-north-1 r185_capacity 1
 s_w0004_c006-aws-eu-north-1 r195_budget 14.1685103225
 x_w0004_c007-azure-japanwest OBJ 42.975575777500005
 x_w0004_c007-azure-japanwest r47_replicas 1
 x_w0004_c007-azure-japanwest r187_capacity 1.75
 x_w0004_c007-azure-japanwest r188_capacity 1
 x_w0004_c007-azure-japanwest r195_budget 42.975575777500005
 s_w0004_c007-azure-japanwest OBJ 5.5868245025
 s_w0004_c007-azure-japanwest r47_replicas 1
 s_w0004_c007-azure-japanwest r187_capacity 1.75
 s_w0004_c007-azure-japanwest r188_capacity 1
 s_w0004_c007-azure-japanwest r195_budget 5.5868245025
 x_w0004_c008-azure-jioindiawest OBJ 42.975575777500005
 x_w0004_c008-azure-jioindiawest r47_replicas 1
 x_w0004_c008-azure-jioindiawest r190_capacity 1.75
 x_w0004_c008-azure-jioindiawest r191_capacity 1
 x_w0004_c008-azure-jioindiawest r195_budget 42.975575777500005
 s_w0004_c008-azure-jioindiawest OBJ 5.5868245025
 s_w0004_c008-azure-jioindiawest r47_replicas 1
 s_w0004_c008-azure-jioindiawest r190_capacity 1.75
 s_w0004_c008-azure-jioindiawest r191_capacity 1
 s_w0004_c008-azure-jioindiawest r195_budget 5.5868245025
 x_w0004_c009-aws-eu-west-3 OBJ 50.138172440000005
 x_w0004_c009-aws-eu-west-3 r47_replicas 1
 x_w0004_c009-aws-eu-west-3 r193_capacity 1.75
 x_w0004_c009-aws-eu-west-3 r194_capacity 1
 x_w0004_c009-aws-eu-west-3 r195_budget 50.138172440000005
 s_w0004_c009-aws-eu-west-3 OBJ 18.2198537375
 s_w0004_c009-aws-eu-west-3 r47_replicas 1
 s_w0004_c009-aws-eu-west-3 r193_capacity 1.75
 s_w0004_c009-aws-eu-west-3 r194_capacity 1
 s_w0004_c009-aws-eu-west-3 r195_budget 18.2198537375
 x_w0005_c004-aws-ap-southeast-2 OBJ 499.32000000000005
 x_w0005_c004-aws-ap-southeast-2 r48_replicas 1
 x_w0005_c004-aws-ap-southeast-2 r179_capacity 1.5
 x_w0005_c004-aws-ap-southeast-2 r180_capacity 3.75
 x_w0005_c004-aws-ap-southeast-2 r181_capacity 1
 x_w0005_c004-aws-ap-southeast-2 r196_budget 499.32000000000005
 x_w0005_c006-aws-eu-north-1 OBJ 407.34000000000003
 x_w0005_c006-aws-eu-north-1 r48_replicas 1
 x_w0005_c006-aws-eu-north-1 r184_capacity 1.5
 x_w0005_c006-aws-eu-north-1 r185_capacity 3.75
 x_w0005_c006-aws-eu-north-1 r186_capacity 1
 x_w0005_c006-aws-eu-north-1 r196_budget 407.34000000000003
 s_w0005_c006-aws-eu-north-1 OBJ 135.561
 s_w0005_c006-aws-eu-north-1 r48_replicas 1
 s_w0005_c006-aws-eu-north-1 r184_capacity 1.5
 s_w0005_c006-aws-eu-north-1 r185_capacity 3.75
 s_w0005_c006-aws-eu-north-1 r186_capacity 1
 s_w0005_c006-aws-eu-north-1 r196_budget 135.561
 x_w0005_c007-azure-japanwest OBJ 383.98
 x_w0005_c007-azure-japanwest r48_replicas 1
 x_w0005_c007-azure-japanwest r187_capacity 1.5
 x_w0005_c007-azure-japanwest r188_capacity 3.75
 x_w0005_c007-azure-japanwest r189_capacity 1
 x_w0005_c007-azure-japanwest r196_budget 383.98
 s_w0005_c007-azure-japanwest OBJ 44.964349999999996
 s_w0005_c007-azure-japanwest r48_replicas 1
 s_w0005_c007-azure-japanwest r187_capacity 1.5
 s_w0005_c007-azure-japanwest r188_capacity 3.75
 s_w0005_c007-azure-japanwest r189_capacity 1
 s_w0005_c007-azure-japanwest r196_budget 44.964349999999996
 x_w0005_c008-azure-jioindiawest OBJ 383.98
 x_w0005_c008-azure-jioindiawest r48_replicas 1
 x_w0005_c008-azure-jioindiawest r190_capacity 1.5
 x_w0005_c008-azure-jioindiawest r191_capacity 3.75
 x_w0005_c008-azure-jioindiawest r192_capacity 1
 x_w0005_c008-azure-jioindiawest r196_budget 383.98
 s_w0005_c008-azure-jioindiawest OBJ 44.964349999999996
 s_w0005_c008-azure-jioindiawest r48_replicas 1
 s_w0005_c008-azure-jioindiawest r190_capacity 1.5
 s_w0005_c008-azure-jioindiawest r191_capacity 3.75
 s_w0005_c008-azure-jioindiawest r192_capacity 1
 s_w0005_c008-azure-jioindiawest r196_budget 44.964349999999996
 x_w0006_c000-aws-eu-west-3 OBJ 43.074314664999996
 x_w0006_c000-aws-eu-west-3 r49_location 1
 x_w0006_c000-aws-eu-west-3 r50_location 1
 x_w0006_c000-aws-eu-west-3 r51_serve -100
 x_w0006_c000-aws-eu-west-3 r61_replicas 1
 x_w0006_c000-aws-eu-west-3 r171_capacity 1.25
 x_w0006_c000-aws-eu-west-3 r172_capacity 2.75
 x_w0006_c000-aws-eu-west-3 r195_budget 43.074314664999996
 y_w0006_c000-aws-eu-west-3 OBJ 0
 y_w0006_c000-aws-eu-west-3 r49_location -2
 y_w0006_c000-aws-eu-west-3 r50_location -26
 y_w0006_c000-aws-eu-west-3 r65_spread -1
 MARKER 'MARKER' 'INTEND'
 r_w0006_amsterdam_c000-aws-eu-west-3 OBJ 0
 r_w0006_amsterdam_c000-aws-eu-west-3 r51_serve 1
 r_w0006_amsterdam_c000-aws-eu-west-3 r62_demand 1
 r_w0006_madrid_c000-aws-eu-west-3 OBJ 0
 r_w0006_madrid_c000-aws-eu-west-3 r51_serve 1
 r_w0006_madrid_c000-aws-eu-west-3 r63_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0006_c003-gcp-europe-north2 OBJ 41.12250928500001
 x_w0006_c003-gcp-europe-north2 r52_location 1
 x_w0006_c003-gcp-europe-north2 r53_location 1
 x_w0006_c003-gcp-europe-north2 r54_serve -100
 x_w0006_c003-gcp-europe-north2 r61_replicas 1
 x_w0006_c003-gcp-europe-north2 r177_capacity 1.25
 x_w0006_c003-gcp-europe-north2 r178_capacity 2.75
 x_w0006_c003-gcp-europe-north2 r195_budget 41.12250928500001
 y_w0006_c003-gcp-europe-north2 OBJ 0
 y_w0006_c003-gcp-europe-north2 r52_location -2
 y_w0006_c003-gcp-europe-north2 r53_location -28
 y_w0006_c003-gcp-europe-north2 r66_spread -1
 MARKER 'MARKER' 'INTEND'
 r_w0006_amsterdam_c003-gcp-europe-north2 OBJ 0
 r_w0006_amsterdam_c003-gcp-europe-north2 r54_serve 1
 r_w0006_amsterdam_c003-gcp-europe-north2 r62_demand 1
 r_w0006_madrid_c003-gcp-europe-north2 OBJ 0
 r_w0006_madrid_c003-gcp-europe-north2 r54_serve 1
 r_w0006_madrid_c003-gcp-europe-north2 r63_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0006_c006-aws-eu-north-1 OBJ 39.22839398
 x_w0006_c006-aws-eu-north-1 r55_location 1
 x_w0006_c006-aws-eu-north-1 r56_location 1
 x_w0006_c006-aws-eu-north-1 r57_serve -100
 x_w0006_c006-aws-eu-north-1 r61_replicas 1
 x_w0006_c006-aws-eu-north-1 r184_capacity 1.25
 x_w0006_c006-aws-eu-north-1 r185_capacity 2.75
 x_w0006_c006-aws-eu-north-1 r195_budget 39.22839398
 y_w0006_c006-aws-eu-north-1 OBJ 0
 y_w0006_c006-aws-eu-north-1 r55_location -2
 y_w0006_c006-aws-eu-north-1 r56_location -16
 y_w0006_c006-aws-eu-north-1 r64_spread -1
 MARKER 'MARKER' 'INTEND'
 r_w0006_amsterdam_c006-aws-eu-north-1 OBJ 0
 r_w0006_amsterdam_c006-aws-eu-north-1 r57_serve 1
 r_w0006_amsterdam_c006-aws-eu-north-1 r62_demand 1
 r_w0006_madrid_c006-aws-eu-north-1 OBJ 0
 r_w0006_madrid_c006-aws-eu-north-1 r57_serve 1
 r_w0006_madrid_c006-aws-eu-north-1 r63_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0006_c009-aws-eu-west-3 OBJ 43.074314664999996
 x_w0006_c009-aws-eu-west-3 r58_location 1
 x_w0006_c009-aws-eu-west-3 r59_location 1
 x_w0006_c009-aws-eu-west-3 r60_serve -100
 x_w0006_c009-aws-eu-west-3 r61_replicas 1
 x_w0006_c009-aws-eu-west-3 r193_capacity 1.25
 x_w0006_c009-aws-eu-west-3 r194_capacity 2.75
 x_w0006_c009-aws-eu-west-3 r195_budget 43.074314664999996
 y_w0006_c009-aws-eu-west-3 OBJ 0
 y_w0006_c009-aws-eu-west-3 r58_location -2
 y_w0006_c009-aws-eu-west-3 r59_location -31
 y_w0006_c009-aws-eu-west-3 r65_spread -1
 MARKER 'MARKER' 'INTEND'
 r_w0006_amsterdam_c009-aws-eu-west-3 OBJ 0
 r_w0006_amsterdam_c009-aws-eu-west-3 r60_serve 1
 r_w0006_amsterdam_c009-aws-eu-west-3 r62_demand 1
 r_w0006_madrid_c009-aws-eu-west-3 OBJ 0
 r_w0006_madrid_c009-aws-eu-west-3 r60_serve 1
 r_w0006_madrid_c009-aws-eu-west-3 r63_demand 1
 z_region_w0006_aws.eu-north-1 OBJ 0
 z_region_w0006_aws.eu-north-1 r64_spread 1
 z_region_w0006_aws.eu-north-1 r67_spread 1
 z_region_w0006_aws.eu-west-3 OBJ 0
 z_region_w0006_aws.eu-west-3 r65_spread 1
 z_region_w0006_aws.eu-west-3 r67_spread 1
 z_region_w0006_gcp.europe-north2 OBJ 0
 z_region_w0006_gcp.europe-north2 r66_spread 1
 z_region_w0006_gcp.europe-north2 r67_spread 1
 MARKER 'MARKER' 'INTORG'
 x_w0007_c000-aws-eu-west-3 OBJ 19.137428149999998
 x_w0007_c000-aws-eu-west-3 r68_replicas 1
 x_w0007_c000-aws-eu-west-3 r171_capacity 0.25
 x_w0007_c000-aws-eu-west-3 r172_capacity 3.5
 x_w0007_c000-aws-eu-west-3 r196_budget 19.137428149999998
 x_w0007_c001-aws-ap-northeast-3 OBJ 21.187866567500002
 x_w0007_c001-aws-ap-northeast-3 r68_replicas 1
 x_w0007_c001-aws-ap-northeast-3 r173_capacity 0.25
 x_w0007_c001-aws-ap-northeast-3 r174_capacity 3.5
 x_w0007_c001-aws-ap-northeast-3 r196_budget 21.187866567500002
 x_w0007_c002-azure-northcentralus OBJ 16.4035108075
 x_w0007_c002-azure-northcentralus r68_replicas 1
 x_w0007_c002-azure-northcentralus r175_capacity 0.25
 x_w0007_c002-azure-northcentralus r176_capacity 3.5
 x_w0007_c002-azure-northcentralus r196_budget 16.4035108075
 s_w0007_c002-azure-northcentralus OBJ 2.1324557425
 s_w0007_c002-azure-northcentralus r68_replicas 1
 s_w0007_c002-azure-northcentralus r175_capacity 0.25
 s_w0007_c002-azure-northcentralus r176_capacity 3.5
 s_w0007_c002-azure-northcentralus r196_budget 2.1324557425
 x_w0007_c003-gcp-europe-north2 OBJ 18.270262792500002
 x_w0007_c003-gcp-europe-north2 r68_replicas 1
 x_w0007_c003-gcp-europe-north2 r177_capacity 0.25
 x_w0007_c003-gcp-europe-north2 r178_capacity 3.5
 x_w0007_c003-gcp-europe-north2 r196_budget 18.270262792500002
 x_w0007_c004-aws-ap-southeast-2 OBJ 20.5043880075
 x_w0007_c004-aws-ap-southeast-2 r68_replicas 1
 x_w0007_c004-aws-ap-southeast-2 r179_capacity 0.25
 x_w0007_c004-aws-ap-southeast-2 r180_capacity 3.5
 x_w0007_c004-aws-ap-southeast-2 r196_budget 20.5043880075
 x_w0007_c005-aws-ap-southeast-5 OBJ 20.5043880075
 x_w0007_c005-aws-ap-southeast-5 r68_replicas 1
 x_w0007_c005-aws-ap-southeast-5 r182_capacity 0.25
 x_w0007_c005-aws-ap-southeast-5 r183_capacity 3.5
 x_w0007_c005-aws-ap-southeast-5 r196_budget 20.5043880075
 x_w0007_c006-aws-eu-north-1 OBJ 17.428730107499998
 x_w0007_c006-aws-eu-north-1 r68_replicas 1
 x_w0007_c006-aws-eu-north-1 r184_capacity 0.25
 x_w0007_c006-aws-eu-north-1 r185_capacity 3.5
 x_w0007_c006-aws-eu-north-1 r196_budget 17.428730107499998
 s_w0007_c006-aws-eu-north-1 OBJ 5.4080314425
 s_w0007_c006-aws-eu-north-1 r68_replicas 1
 s_w0007_c006-aws-eu-north-1 r184_capacity 0.25
 s_w0007_c006-aws-eu-north-1 r185_capacity 3.5
 s_w0007_c006-aws-eu-north-1 r196_budget 5.4080314425
 x_w0007_c007-azure-japanwest OBJ 16.4035108075
 x_w0007_c007-azure-japanwest r68_replicas 1
 x_w0007_c007-azure-japanwest r187_capacity 0.25
 x_w0007_c007-azure-japanwest r188_capacity 3.5
 x_w0007_c007-azure-japanwest r196_budget 16.4035108075
 s_w0007_c007-azure-japanwest OBJ 2.1324557425
 s_w0007_c007-azure-japanwest r68_replicas 1
 s_w0007_c007-azure-japanwest r187_capacity 0.25
 s_w0007_c007-azure-japanwest r188_capacity 3.5
 s_w0007_c007-azure-japanwest r196_budget 2.1324557425
 x_w0007_c008-azure-jioindiawest OBJ 16.4035108075
 x_w0007_c008-azure-jioindiawest r68_replicas 1
 x_w0007_c008-azure-jioindiawest r190_capacity 0.25
 x_w0007_c008-azure-jioindiawest r191_capacity 3.5
 x_w0007_c008-azure-jioindiawest r196_budget 16.4035108075
 s_w0007_c008-azure-jioindiawest OBJ 2.1324557425
 s_w0007_c008-azure-jioindiawest r68_replicas 1
 s_w0007_c008-azure-jioindiawest r190_capacity 0.25
 s_w0007_c008-azure-jioindiawest r191_capacity 3.5
 s_w0007_c008-azure-jioindiawest r196_budget 2.1324557425
 x_w0007_c009-aws-eu-west-3 OBJ 19.137428149999998
 x_w0007_c009-aws-eu-west-3 r68_replicas 1
 x_w0007_c009-aws-eu-west-3 r193_capacity 0.25
 x_w0007_c009-aws-eu-west-3 r194_capacity 3.5
 x_w0007_c009-aws-eu-west-3 r196_budget 19.137428149999998
 s_w0007_c009-aws-eu-west-3 OBJ 6.9544054075
 s_w0007_c009-aws-eu-west-3 r68_replicas 1
 s_w0007_c009-aws-eu-west-3 r193_capacity 0.25
 s_w0007_c009-aws-eu-west-3 r194_capacity 3.5
 s_w0007_c009-aws-eu-west-3 r196_budget 6.9544054075
 x_w0008_c000-aws-eu-west-3 OBJ 57.682943994999995
 x_w0008_c000-aws-eu-west-3 r69_replicas 1
 x_w0008_c000-aws-eu-west-3 r171_capacity 2
 x_w0008_c000-aws-eu-west-3 r172_capacity 1.25
 x_w0008_c000-aws-eu-west-3 r195_budget 57.682943994999995
 x_w0008_c001-aws-ap-northeast-3 OBJ 63.86325831500001
 x_w0008_c001-aws-ap-northeast-3 r69_replicas 1
 x_w0008_c001-aws-ap-northeast-3 r173_capacity 2
 x_w0008_c001-aws-ap-northeast-3 r174_capacity 1.25
 x_w0008_c001-aws-ap-northeast-3 r195_budget 63.86325831500001
 x_w0008_c002-azure-northcentralus OBJ 49.4425227725
 x_w0008_c002-azure-northcentralus r69_replicas 1
 x_w0008_c002-azure-northcentralus r175_capacity 2
 x_w0008_c002-azure-northcentralus r176_capacity 1.25
 x_w0008_c002-azure-northcentralus r195_budget 49.4425227725
 x_w0008_c003-gcp-europe-north2 OBJ 55.06918538250001
 x_w0008_c003-gcp-europe-north2 r69_replicas 1
 x_w0008_c003-gcp-europe-north2 r177_capacity 2
 x_w0008_c003-gcp-europe-north2 r178_capacity 1.25
 x_w0008_c003-gcp-europe-north2 r195_budget 55.06918538250001
 x_w0008_c004-aws-ap-southeast-2 OBJ 61.8031543325
 x_w0008_c004-aws-ap-southeast-2 r69_replicas 1
 x_w0008_c004-aws-ap-southeast-2 r179_capacity 2
 x_w0008_c004-aws-ap-southeast-2 r180_capacity 1.25
 x_w0008_c004-aws-ap-southeast-2 r195_budget 61.8031543325
 x_w0008_c005-aws-ap-southeast-5 OBJ 61.8031543325
 x_w0008_c005-aws-ap-southeast-5 r69_replicas 1
 x_w0008_c005-aws-ap-southeast-5 r182_capacity 2
 x_w0008_c005-aws-ap-southeast-5 r183_capacity 1.25
 x_w0008_c005-aws-ap-southeast-5 r195_budget 61.8031543325
 x_w0008_c006-aws-eu-north-1 OBJ 52.53268066249999
 x_w0008_c006-aws-eu-north-1 r69_replicas 1
 x_w0008_c006-aws-eu-north-1 r184_capacity 2
 x_w0008_c006-aws-eu-north-1 r185_capacity 1.25
 x_w0008_c006-aws-eu-north-1 r195_budget 52.53268066249999
 x_w0008_c007-azure-japanwest OBJ 49.4425227725
 x_w0008_c007-azure-japanwest r69_replicas 1
 x_w0008_c007-azure-japanwest r187_capacity 2
 x_w0008_c007-azure-japanwest r188_capacity 1.25
 x_w0008_c007-azure-japanwest r195_budget 49.4425227725
 x_w0008_c008-azure-jioindiawest OBJ 49.4425227725
 x_w0008_c008-azure-jioindiawest r69_replicas 1
 x_w0008_c008-azure-jioindiawest r190_capacity 2
 x_w0008_c008-azure-jioindiawest r191_capacity 1.25
 x_w0008_c008-azure-jioindiawest r195_budget 49.4425227725
 x_w0008_c009-aws-eu-west-3 OBJ 57.682943994999995
 x_w0008_c009-aws-eu-west-3 r69_replicas 1
 x_w0008_c009-aws-eu-west-3 r193_capacity 2
 x_w0008_c009-aws-eu-west-3 r194_capacity 1.25
 x_w0008_c009-aws-eu-west-3 r195_budget 57.682943994999995
 x_w0009_c000-aws-eu-west-3 OBJ 34.22697126
 x_w0009_c000-aws-eu-west-3 r70_replicas 1
 x_w0009_c000-aws-eu-west-3 r171_capacity 0.75
 x_w0009_c000-aws-eu-west-3 r172_capacity 4
 x_w0009_c000-aws-eu-west-3 r196_budget 34.22697126
 x_w0009_c003-gcp-europe-north2 OBJ 32.676060892500004
 x_w0009_c003-gcp-europe-north2 r70_replicas 1
 x_w0009_c003-gcp-europe-north2 r177_capacity 0.75
 x_w0009_c003-gcp-europe-north2 r178_capacity 4
 x_w0009_c003-gcp-europe-north2 r196_budget 32.676060892500004
 x_w0009_c006-aws-eu-north-1 OBJ 31.1709925175
 x_w0009_c006-aws-eu-north-1 r70_replicas 1
 x_w0009_c006-aws-eu-north-1 r184_capacity 0.75
 x_w0009_c006-aws-eu-north-1 r185_capacity 4
 x_w0009_c006-aws-eu-north-1 r196_budget 31.1709925175
 x_w0009_c009-aws-eu-west-3 OBJ 34.22697126
 x_w0009_c009-aws-eu-west-3 r70_replicas 1
 x_w0009_c009-aws-eu-west-3 r193_capacity 0.75
 x_w0009_c009-aws-eu-west-3 r194_capacity 4
 x_w0009_c009-aws-eu-west-3 r196_budget 34.22697126
 x_w0010_c000-aws-eu-west-3 OBJ 49.246429625
 x_w0010_c000-aws-eu-west-3 r71_serve -100
 x_w0010_c000-aws-eu-west-3 r81_replicas 1
 x_w0010_c000-aws-eu-west-3 r171_capacity 1.75
 x_w0010_c000-aws-eu-west-3 r172_capacity 0.75
 x_w0010_c000-aws-eu-west-3 r195_budget 49.246429625
 MARKER 'MARKER' 'INTEND'
 r_w0010_singapore_c000-aws-eu-west-3 OBJ 0
 r_w0010_singapore_c000-aws-eu-west-3 r71_serve 1
 r_w0010_singapore_c000-aws-eu-west-3 r82_demand 1
 r_w0010_stockholm_c000-aws-eu-west-3 OBJ 0
 r_w0010_stockholm_c000-aws-eu-west-3 r71_serve 1
 r_w0010_stockholm_c000-aws-eu-west-3 r83_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c001-aws-ap-northeast-3 OBJ 54.52283184750001
 x_w0010_c001-aws-ap-northeast-3 r72_serve -100
 x_w0010_c001-aws-ap-northeast-3 r81_replicas 1
 x_w0010_c001-aws-ap-northeast-3 r173_capacity 1.75
 x_w0010_c001-aws-ap-northeast-3 r174_capacity 0.75
 x_w0010_c001-aws-ap-northeast-3 r195_budget 54.52283184750001
 MARKER 'MARKER' 'INTEND'
 r_w0010_singapore_c001-aws-ap-northeast-3 OBJ 0
 r_w0010_singapore_c001-aws-ap-northeast-3 r72_serve 1
 r_w0010_singapore_c001-aws-ap-northeast-3 r82_demand 1
 r_w0010_stockholm_c001-aws-ap-northeast-3 OBJ 0
 r_w0010_stockholm_c001-aws-ap-northeast-3 r72_serve 1
 r_w0010_stockholm_c001-aws-ap-northeast-3 r83_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c002-azure-northcentralus OBJ 42.211224715
 x_w0010_c002-azure-northcentralus r73_serve -100
 x_w0010_c002-azure-northcentralus r81_replicas 1
 x_w0010_c002-azure-northcentralus r175_capacity 1.75
 x_w0010_c002-azure-northcentralus r176_capacity 0.75
 x_w0010_c002-azure-northcentralus r195_budget 42.211224715
 MARKER 'MARKER' 'INTEND'
 r_w0010_singapore_c002-azure-northcentralus OBJ 0
 r_w0010_singapore_c002-azure-northcentralus r73_serve 1
 r_w0010_singapore_c002-azure-northcentralus r82_demand 1
 r_w0010_stockholm_c002-azure-northcentralus OBJ 0
 r_w0010_stockholm_c002-azure-northcentralus r73_serve 1
 r_w0010_stockholm_c002-azure-northcentralus r83_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c003-gcp-europe-north2 OBJ 47.014950660000004
 x_w0010_c003-gcp-europe-north2 r74_serve -100
 x_w0010_c003-gcp-europe-north2 r81_replicas 1
 x_w0010_c003-gcp-europe-north2 r177_capacity 1.75
 x_w0010_c003-gcp-europe-north2 r178_capacity 0.75
 x_w0010_c003-gcp-europe-north2 r195_budget 47.014950660000004
 MARKER 'MARKER' 'INTEND'
 r_w0010_singapore_c003-gcp-europe-north2 OBJ 0
 r_w0010_singapore_c003-gcp-europe-north2 r74_serve 1
 r_w0010_singapore_c003-gcp-europe-north2 r82_demand 1
 r_w0010_stockholm_c003-gcp-europe-north2 OBJ 0
 r_w0010_stockholm_c003-gcp-europe-north2 r74_serve 1
 r_w0010_stockholm_c003-gcp-europe-north2 r83_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c004-aws-ap-southeast-2 OBJ 52.764031715
 x_w0010_c004-aws-ap-southeast-2 r75_serve -100
 x_w0010_c004-aws-ap-southeast-2 r81_replicas 1
 x_w0010_c004-aws-ap-southeast-2 r179_capacity 1.75
 x_w0010_c004-aws-ap-southeast-2 r180_capacity 0.75
 x_w0010_c004-aws-ap-southeast-2 r195_budget 52.764031715
 MARKER 'MARKER' 'INTEND'
 r_w0010_singapore_c004-aws-ap-southeast-2 OBJ 0
 r_w0010_singapore_c004-aws-ap-southeast-2 r75_serve 1
 r_w0010_singapore_c004-aws-ap-southeast-2 r82_demand 1
 r_w0010_stockholm_c004-aws-ap-southeast-2 OBJ 0
 r_w0010_stockholm_c004-aws-ap-southeast-2 r75_serve 1
 r_w0010_stockholm_c004-aws-ap-southeast-2 r83_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c005-aws-ap-southeast-5 OBJ 52.764031715
 x_w0010_c005-aws-ap-southeast-5 r76_serve -100
 x_w0010_c005-aws-ap-southeast-5 r81_replicas 1
 x_w0010_c005-aws-ap-southeast-5 r182_capacity 1.75
 x_w0010_c005-aws-ap-southeast-5 r183_capacity 0.75
 x_w0010_c005-aws-ap-southeast-5 r195_budget 52.764031715
 MARKER 'MARKER' 'INTEND'
 r_w0010_singapore_c005-aws-ap-southeast-5 OBJ 0
 r_w0010_singapore_c005-aws-ap-southeast-5 r76_serve 1
 r_w0010_singapore_c005-aws-ap-southeast-5 r82_demand 1
 r_w0010_stockholm_c005-aws-ap-southeast-5 OBJ 0
 r_w0010_stockholm_c005-aws-ap-southeast-5 r76_serve 1
 r_w0010_stockholm_c005-aws-ap-southeast-5 r83_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c006-aws-eu-north-1 OBJ 44.84942646499999
 x_w0010_c006-aws-eu-north-1 r77_serve -100
 x_w0010_c006-aws-eu-north-1 r81_replicas 1
 x_w0010_c006-aws-eu-north-1 r184_capacity 1.75
 x_w0010_c006-aws-eu-north-1 r185_capacity 0.75
 x_w0010_c006-aws-eu-north-1 r195_budget 44.84942646499999
 MARKER 'MARKER' 'INTEND'
 r_w0010_singapore_c006-aws-eu-north-1 OBJ 0
 r_w0010_singapore_c006-aws-eu-north-1 r77_serve 1
 r_w0010_singapore_c006-aws-eu-north-1 r82_demand 1
 r_w0010_stockholm_c006-aws-eu-north-1 OBJ 0
 r_w0010_stockholm_c006-aws-eu-north-1 r77_serve 1
 r_w0010_stockholm_c006-aws-eu-north-1 r83_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c007-azure-japanwest OBJ 42.211224715
 x_w0010_c007-azure-japanwest r78_serve -100
 x_w0010_c007-azure-japanwest r81_replicas 1
 x_w0010_c007-azure-japanwest r187_capacity 1.75
 x_w0010_c007-azure-japanwest r188_capacity 0.75
 x_w0010_c007-azure-japanwest r195_budget 42.211224715
 MARKER 'MARKER' 'INTEND'
 r_w0010_singapore_c007-azure-japanwest OBJ 0
 r_w0010_singapore_c007-azure-japanwest r78_serve 1
 r_w0010_singapore_c007-azure-japanwest r82_demand 1
 r_w0010_stockholm_c007-azure-japanwest OBJ 0
 r_w0010_stockholm_c007-azure-japanwest r78_serve 1
 r_w0010_stockholm_c007-azure-japanwest r83_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c008-azure-jioindiawest OBJ 42.211224715
 x_w0010_c008-azure-jioindiawest r79_serve -100
 x_w0010_c008-azure-jioindiawest r81_replicas 1
 x_w0010_c008-azure-jioindiawest r190_capacity 1.75
 x_w0010_c008-azure-jioindiawest r191_capacity 0.75
 x_w0010_c008-azure-jioindiawest r195_budget 42.211224715
 MARKER 'MARKER' 'INTEND'
 r_w0010_singapore_c008-azure-jioindiawest OBJ 0
 r_w0010_singapore_c008-azure-jioindiawest r79_serve 1
 r_w0010_singapore_c008-azure-jioindiawest r82_demand 1
 r_w0010_stockholm_c008-azure-jioindiawest OBJ 0
 r_w0010_stockholm_c008-azure-jioindiawest r79_serve 1
 r_w0010_stockholm_c008-azure-jioindiawest r83_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0010_c009-aws-eu-west-3 OBJ 49.246429625
 x_w0010_c009-aws-eu-west-3 r80_serve -100
 x_w0010_c009-aws-eu-west-3 r81_replicas 1
 x_w0010_c009-aws-eu-west-3 r193_capacity 1.75
 x_w0010_c009-aws-eu-west-3 r194_capacity 0.75
 x_w0010_c009-aws-eu-west-3 r195_budget 49.246429625
 MARKER 'MARKER' 'INTEND'
 r_w0010_singapore_c009-aws-eu-west-3 OBJ 0
 r_w0010_singapore_c009-aws-eu-west-3 r80_serve 1
 r_w0010_singapore_c009-aws-eu-west-3 r82_demand 1
 r_w0010_stockholm_c009-aws-eu-west-3 OBJ 0
 r_w0010_stockholm_c009-aws-eu-west-3 r80_serve 1
 r_w0010_stockholm_c009-aws-eu-west-3 r83_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0011_c000-aws-eu-west-3 OBJ 20.850829035
 x_w0011_c000-aws-eu-west-3 r84_location 1
 x_w0011_c000-aws-eu-west-3 r85_location 1
 x_w0011_c000-aws-eu-west-3 r104_replicas 1
 x_w0011_c000-aws-eu-west-3 r171_capacity 0.75
 x_w0011_c000-aws-eu-west-3 r172_capacity 0.25
 x_w0011_c000-aws-eu-west-3 r196_budget 20.850829035
 y_w0011_c000-aws-eu-west-3 OBJ 0
 y_w0011_c000-aws-eu-west-3 r84_location -2
 y_w0011_c000-aws-eu-west-3 r85_location -44
 y_w0011_c000-aws-eu-west-3 r109_spread -1
 x_w0011_c001-aws-ap-northeast-3 OBJ 23.0848460275
 x_w0011_c001-aws-ap-northeast-3 r86_location 1
 x_w0011_c001-aws-ap-northeast-3 r87_location 1
 x_w0011_c001-aws-ap-northeast-3 r104_replicas 1
 x_w0011_c001-aws-ap-northeast-3 r173_capacity 0.75
 x_w0011_c001-aws-ap-northeast-3 r174_capacity 0.25
 x_w0011_c001-aws-ap-northeast-3 r196_budget 23.0848460275
 y_w0011_c001-aws-ap-northeast-3 OBJ 0
 y_w0011_c001-aws-ap-northeast-3 r86_location -2
 y_w0011_c001-aws-ap-northeast-3 r87_location -50
 y_w0011_c001-aws-ap-northeast-3 r105_spread -1
 x_w0011_c002-azure-northcentralus OBJ 17.87213886
 x_w0011_c002-azure-northcentralus r88_location 1
 x_w0011_c002-azure-northcentralus r89_location 1
 x_w0011_c002-azure-northcentralus r104_replicas 1
 x_w0011_c002-azure-northcentralus r175_capacity 0.75
 x_w0011_c002-azure-northcentralus r176_capacity 0.25
 x_w0011_c002-azure-northcentralus r196_budget 17.87213886
 y_w0011_c002-azure-northcentralus OBJ 0
 y_w0011_c002-azure-northcentralus r88_location -2
 y_w0011_c002-azure-northcentralus r89_location -28
 y_w0011_c002-azure-northcentralus r112_spread -1
 x_w0011_c003-gcp-europe-north2 OBJ 19.906025805
 x_w0011_c003-gcp-europe-north2 r90_location 1
 x_w0011_c003-gcp-europe-north2 r91_location 1
 x_w0011_c003-gcp-europe-north2 r104_replicas 1
 x_w0011_c003-gcp-europe-north2 r177_capacity 0.75
 x_w0011_c003-gcp-europe-north2 r178_capacity 0.25
 x_w0011_c003-gcp-europe-north2 r196_budget 19.906025805
 y_w0011_c003-gcp-europe-north2 OBJ 0
 y_w0011_c003-gcp-europe-north2 r90_location -2
 y_w0011_c003-gcp-europe-north2 r91_location -46
 y_w0011_c003-gcp-europe-north2 r113_spread -1
 x_w0011_c004-aws-ap-southeast-2 OBJ 22.34017394
 x_w0011_c004-aws-ap-southeast-2 r92_location 1
 x_w0011_c004-aws-ap-southeast-2 r93_location 1
 x_w0011_c004-aws-ap-southeast-2 r104_replicas 1
 x_w0011_c004-aws-ap-southeast-2 r179_capacity 0.75
 x_w0011_c004-aws-ap-southeast-2 r180_capacity 0.25
 x_w0011_c004-aws-ap-southeast-2 r196_budget 22.34017394
 y_w0011_c004-aws-ap-southeast-2 OBJ 0
 y_w0011_c004-aws-ap-southeast-2 r92_location -2
 y_w0011_c004-aws-ap-southeast-2 r93_location -38
 y_w0011_c004-aws-ap-southeast-2 r106_spread -1
 x_w0011_c005-aws-ap-southeast-5 OBJ 22.34017394
 x_w0011_c005-aws-ap-southeast-5 r94_location 1
 x_w0011_c005-aws-ap-southeast-5 r95_location 1
 x_w0011_c005-aws-ap-southeast-5 r104_replicas 1
 x_w0011_c005-aws-ap-southeast-5 r182_capacity 0.75
 x_w0011_c005-aws-ap-southeast-5 r183_capacity 0.25
 x_w0011_c005-aws-ap-southeast-5 r196_budget 22.34017394
 y_w0011_c005-aws-ap-southeast-5 OBJ 0
 y_w0011_c005-aws-ap-southeast-5 r94_location -2
 y_w0011_c005-aws-ap-southeast-5 r95_location -42
 y_w0011_c005-aws-ap-southeast-5 r107_spread -1
 x_w0011_c006-aws-eu-north-1 OBJ 18.989147629999998
 x_w0011_c006-aws-eu-north-1 r96_location 1
 x_w0011_c006-aws-eu-north-1 r97_location 1
 x_w0011_c006-aws-eu-north-1 r104_replicas 1
 x_w0011_c006-aws-eu-north-1 r184_capacity 0.75
 x_w0011_c006-aws-eu-north-1 r185_capacity 0.25
 x_w0011_c006-aws-eu-north-1 r196_budget 18.989147629999998
 y_w0011_c006-aws-eu-north-1 OBJ 0
 y_w0011_c006-aws-eu-north-1 r96_location -2
 y_w0011_c006-aws-eu-north-1 r97_location -26
 y_w0011_c006-aws-eu-north-1 r108_spread -1
 x_w0011_c007-azure-japanwest OBJ 17.87213886
 x_w0011_c007-azure-japanwest r98_location 1
 x_w0011_c007-azure-japanwest r99_location 1
 x_w0011_c007-azure-japanwest r104_replicas 1
 x_w0011_c007-azure-japanwest r187_capacity 0.75
 x_w0011_c007-azure-japanwest r188_capacity 0.25
 x_w0011_c007-azure-japanwest r196_budget 17.87213886
 y_w0011_c007-azure-japanwest OBJ 0
 y_w0011_c007-azure-japanwest r98_location -2
 y_w0011_c007-azure-japanwest r99_location -37
 y_w0011_c007-azure-japanwest r110_spread -1
 x_w0011_c008-azure-jioindiawest OBJ 17.87213886
 x_w0011_c008-azure-jioindiawest r100_location 1
 x_w0011_c008-azure-jioindiawest r101_location 1
 x_w0011_c008-azure-jioindiawest r104_replicas 1
 x_w0011_c008-azure-jioindiawest r190_capacity 0.75
 x_w0011_c008-azure-jioindiawest r191_capacity 0.25
 x_w0011_c008-azure-jioindiawest r196_budget 17.87213886
 y_w0011_c008-azure-jioindiawest OBJ 0
 y_w0011_c008-azure-jioindiawest r100_location -2
 y_w0011_c008-azure-jioindiawest r101_location -38
 y_w0011_c008-azure-jioindiawest r111_spread -1
 x_w0011_c009-aws-eu-west-3 OBJ 20.850829035
 x_w0011_c009-aws-eu-west-3 r102_location 1
 x_w0011_c009-aws-eu-west-3 r103_location 1
 x_w0011_c009-aws-eu-west-3 r104_replicas 1
 x_w0011_c009-aws-eu-west-3 r193_capacity 0.75
 x_w0011_c009-aws-eu-west-3 r194_capacity 0.25
 x_w0011_c009-aws-eu-west-3 r196_budget 20.850829035
 y_w0011_c009-aws-eu-west-3 OBJ 0
 y_w0011_c009-aws-eu-west-3 r102_location -2
 y_w0011_c009-aws-eu-west-3 r103_location -52
 y_w0011_c009-aws-eu-west-3 r109_spread -1
 MARKER 'MARKER' 'INTEND'
 z_region_w0011_aws.ap-northeast-3 OBJ 0
 z_region_w0011_aws.ap-northeast-3 r105_spread 1
 z_region_w0011_aws.ap-northeast-3 r114_spread 1
 z_region_w0011_aws.ap-southeast-2 OBJ 0
 z_region_w0011_aws.ap-southeast-2 r106_spread 1
 z_region_w0011_aws.ap-southeast-2 r114_spread 1
 z_region_w0011_aws.ap-southeast-5 OBJ 0
 z_region_w0011_aws.ap-southeast-5 r107_spread 1
 z_region_w0011_aws.ap-southeast-5 r114_spread 1
 z_region_w0011_aws.eu-north-1 OBJ 0
 z_region_w0011_aws.eu-north-1 r108_spread 1
 z_region_w0011_aws.eu-north-1 r114_spread 1
 z_region_w0011_aws.eu-west-3 OBJ 0
 z_region_w0011_aws.eu-west-3 r109_spread 1
 z_region_w0011_aws.eu-west-3 r114_spread 1
 z_region_w0011_azure.japanwest OBJ 0
 z_region_w0011_azure.japanwest r110_spread 1
 z_region_w0011_azure.japanwest r114_spread 1
 z_region_w0011_azure.jioindiawest OBJ 0
 z_region_w0011_azure.jioindiawest r111_spread 1
 z_region_w0011_azure.jioindiawest r114_spread 1
 z_region_w0011_azure.northcentralus OBJ 0
 z_region_w0011_azure.northcentralus r112_spread 1
 z_region_w0011_azure.northcentralus r114_spread 1
 z_region_w0011_gcp.europe-north2 OBJ 0
 z_region_w0011_gcp.europe-north2 r113_spread 1
 z_region_w0011_gcp.europe-north2 r114_spread 1
 MARKER 'MARKER' 'INTORG'
 x_w0012_c000-aws-eu-west-3 OBJ 35.04862933
 x_w0012_c000-aws-eu-west-3 r115_replicas 1
 x_w0012_c000-aws-eu-west-3 r171_capacity 1.25
 x_w0012_c000-aws-eu-west-3 r172_capacity 0.5
 x_w0012_c000-aws-eu-west-3 r195_budget 35.04862933
 x_w0012_c003-gcp-europe-north2 OBJ 33.460488232500005
 x_w0012_c003-gcp-europe-north2 r115_replicas 1
 x_w0012_c003-gcp-europe-north2 r177_capacity 1.25
 x_w0012_c003-gcp-europe-north2 r178_capacity 0.5
 x_w0012_c003-gcp-europe-north2 r195_budget 33.460488232500005
 x_w0012_c006-aws-eu-north-1 OBJ 31.9192870475
 x_w0012_c006-aws-eu-north-1 r115_replicas 1
 x_w0012_c006-aws-eu-north-1 r184_capacity 1.25
 x_w0012_c006-aws-eu-north-1 r185_capacity 0.5
 x_w0012_c006-aws-eu-north-1 r195_budget 31.9192870475
 x_w0012_c009-aws-eu-west-3 OBJ 35.04862933
 x_w0012_c009-aws-eu-west-3 r115_replicas 1
 x_w0012_c009-aws-eu-west-3 r193_capacity 1.25
 x_w0012_c009-aws-eu-west-3 r194_capacity 0.5
 x_w0012_c009-aws-eu-west-3 r195_budget 35.04862933
 x_w0013_c000-aws-eu-west-3 OBJ 49.246429625
 x_w0013_c000-aws-eu-west-3 r116_replicas 1
 x_w0013_c000-aws-eu-west-3 r171_capacity 1.75
 x_w0013_c000-aws-eu-west-3 r172_capacity 0.75
 x_w0013_c000-aws-eu-west-3 r196_budget 49.246429625
 x_w0013_c001-aws-ap-northeast-3 OBJ 54.52283184750001
 x_w0013_c001-aws-ap-northeast-3 r116_replicas 1
 x_w0013_c001-aws-ap-northeast-3 r173_capacity 1.75
 x_w0013_c001-aws-ap-northeast-3 r174_capacity 0.75
 x_w0013_c001-aws-ap-northeast-3 r196_budget 54.52283184750001
 x_w0013_c002-azure-northcentralus OBJ 42.211224715
 x_w0013_c002-azure-northcentralus r116_replicas 1
 x_w0013_c002-azure-northcentralus r175_capacity 1.75
 x_w0013_c002-azure-northcentralus r176_capacity 0.75
 x_w0013_c002-azure-northcentralus r196_budget 42.211224715
 s_w0013_c002-azure-northcentralus OBJ 5.48745891
 s_w0013_c002-azure-northcentralus r116_replicas 1
 s_w0013_c002-azure-northcentralus r175_capacity 1.75
 s_w0013_c002-azure-northcentralus r176_capacity 0.75
 s_w0013_c002-azure-northcentralus r196_budget 5.48745891
 x_w0013_c003-gcp-europe-north2 OBJ 47.014950660000004
 x_w0013_c003-gcp-europe-north2 r116_replicas 1
 x_w0013_c003-gcp-europe-north2 r177_capacity 1.75
 x_w0013_c003-gcp-europe-north2 r178_capacity 0.75
 x_w0013_c003-gcp-europe-north2 r196_budget 47.014950660000004
 x_w0013_c004-aws-ap-southeast-2 OBJ 52.764031715
 x_w0013_c004-aws-ap-southeast-2 r116_replicas 1
 x_w0013_c004-aws-ap-southeast-2 r179_capacity 1.75
 x_w0013_c004-aws-ap-southeast-2 r180_capacity 0.75
 x_w0013_c004-aws-ap-southeast-2 r196_budget 52.764031715
 x_w0013_c005-aws-ap-southeast-5 OBJ 52.764031715
 x_w0013_c005-aws-ap-southeast-5 r116_replicas 1
 x_w0013_c005-aws-ap-southeast-5 r182_capacity 1.75
 x_w0013_c005-aws-ap-southeast-5 r183_capacity 0.75
 x_w0013_c005-aws-ap-southeast-5 r196_budget 52.764031715
 x_w0013_c006-aws-eu-north-1 OBJ 44.84942646499999
 x_w0013_c006-aws-eu-north-1 r116_replicas 1
 x_w0013_c006-aws-eu-north-1 r184_capacity 1.75
 x_w0013_c006-aws-eu-north-1 r185_capacity 0.75
 x_w0013_c006-aws-eu-north-1 r196_budget 44.84942646499999
 s_w0013_c006-aws-eu-north-1 OBJ 13.91651341
 s_w0013_c006-aws-eu-north-1 r116_replicas 1
 s_w0013_c006-aws-eu-north-1 r184_capacity 1.75
 s_w0013_c006-aws-eu-north-1 r185_capacity 0.75
 s_w0013_c006-aws-eu-north-1 r196_budget 13.91651341
 x_w0013_c007-azure-japanwest OBJ 42.211224715
 x_w0013_c007-azure-japanwest r116_replicas 1
 x_w0013_c007-azure-japanwest r187_capacity 1.75
 x_w0013_c007-azure-japanwest r188_capacity 0.75
 x_w0013_c007-azure-japanwest r196_budget 42.211224715
 s_w0013_c007-azure-japanwest OBJ 5.48745891
 s_w0013_c007-azure-japanwest r116_replicas 1
 s_w0013_c007-azure-japanwest r187_capacity 1.75
 s_w0013_c007-azure-japanwest r188_capacity 0.75
 s_w0013_c007-azure-japanwest r196_budget 5.48745891
 x_w0013_c008-azure-jioindiawest OBJ 42.211224715
 x_w0013_c008-azure-jioindiawest r116_replicas 1
 x_w0013_c008-azure-jioindiawest r190_capacity 1.75
 x_w0013_c008-azure-jioindiawest r191_capacity 0.75
 x_w0013_c008-azure-jioindiawest r196_budget 42.211224715
 s_w0013_c008-azure-jioindiawest OBJ 5.48745891
 s_w0013_c008-azure-jioindiawest r116_replicas 1
 s_w0013_c008-azure-jioindiawest r190_capacity 1.75
 s_w0013_c008-azure-jioindiawest r191_capacity 0.75
 s_w0013_c008-azure-jioindiawest r196_budget 5.48745891
 x_w0013_c009-aws-eu-west-3 OBJ 49.246429625
 x_w0013_c009-aws-eu-west-3 r116_replicas 1
 x_w0013_c009-aws-eu-west-3 r193_capacity 1.75
 x_w0013_c009-aws-eu-west-3 r194_capacity 0.75
 x_w0013_c009-aws-eu-west-3 r196_budget 49.246429625
 s_w0013_c009-aws-eu-west-3 OBJ 17.895800715
 s_w0013_c009-aws-eu-west-3 r116_replicas 1
 s_w0013_c009-aws-eu-west-3 r193_capacity 1.75
 s_w0013_c009-aws-eu-west-3 r194_capacity 0.75
 s_w0013_c009-aws-eu-west-3 r196_budget 17.895800715
 x_w0014_c000-aws-eu-west-3 OBJ 62.14165806999999
 x_w0014_c000-aws-eu-west-3 r117_serve -100
 x_w0014_c000-aws-eu-west-3 r127_replicas 1
 x_w0014_c000-aws-eu-west-3 r171_capacity 2
 x_w0014_c000-aws-eu-west-3 r172_capacity 2.5
 x_w0014_c000-aws-eu-west-3 r195_budget 62.14165806999999
 MARKER 'MARKER' 'INTEND'
 r_w0014_frankfurt_c000-aws-eu-west-3 OBJ 0
 r_w0014_frankfurt_c000-aws-eu-west-3 r117_serve 1
 r_w0014_frankfurt_c000-aws-eu-west-3 r128_demand 1
 r_w0014_stockholm_c000-aws-eu-west-3 OBJ 0
 r_w0014_stockholm_c000-aws-eu-west-3 r117_serve 1
 r_w0014_stockholm_c000-aws-eu-west-3 r129_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0014_c001-aws-ap-northeast-3 OBJ 68.79969169
 x_w0014_c001-aws-ap-northeast-3 r118_serve -100
 x_w0014_c001-aws-ap-northeast-3 r127_replicas 1
 x_w0014_c001-aws-ap-northeast-3 r173_capacity 2
 x_w0014_c001-aws-ap-northeast-3 r174_capacity 2.5
 x_w0014_c001-aws-ap-northeast-3 r195_budget 68.79969169
 MARKER 'MARKER' 'INTEND'
 r_w0014_frankfurt_c001-aws-ap-northeast-3 OBJ 0
 r_w0014_frankfurt_c001-aws-ap-northeast-3 r118_serve 1
 r_w0014_frankfurt_c001-aws-ap-northeast-3 r128_demand 1
 r_w0014_stockholm_c001-aws-ap-northeast-3 OBJ 0
 r_w0014_stockholm_c001-aws-ap-northeast-3 r118_serve 1
 r_w0014_stockholm_c001-aws-ap-northeast-3 r129_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0014_c002-azure-northcentralus OBJ 53.264278085
 x_w0014_c002-azure-northcentralus r119_serve -100
 x_w0014_c002-azure-northcentralus r127_replicas 1
 x_w0014_c002-azure-northcentralus r175_capacity 2
 x_w0014_c002-azure-northcentralus r176_capacity 2.5
 x_w0014_c002-azure-northcentralus r195_budget 53.264278085
 s_w0014_c002-azure-northcentralus OBJ 6.924355505
 s_w0014_c002-azure-northcentralus r119_serve -100
 s_w0014_c002-azure-northcentralus r127_replicas 1
 s_w0014_c002-azure-northcentralus r175_capacity 2
 s_w0014_c002-azure-northcentralus r176_capacity 2.5
 s_w0014_c002-azure-northcentralus r195_budget 6.924355505
 MARKER 'MARKER' 'INTEND'
 r_w0014_frankfurt_c002-azure-northcentralus OBJ 0
 r_w0014_frankfurt_c002-azure-northcentralus r119_serve 1
 r_w0014_frankfurt_c002-azure-northcentralus r128_demand 1
 r_w0014_stockholm_c002-azure-northcentralus OBJ 0
 r_w0014_stockholm_c002-azure-northcentralus r119_serve 1
 r_w0014_stockholm_c002-azure-northcentralus r129_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0014_c003-gcp-europe-north2 OBJ 59.32586374500001
 x_w0014_c003-gcp-europe-north2 r120_serve -100
 x_w0014_c003-gcp-europe-north2 r127_replicas 1
 x_w0014_c003-gcp-europe-north2 r177_capacity 2
 x_w0014_c003-gcp-europe-north2 r178_capacity 2.5
 x_w0014_c003-gcp-europe-north2 r195_budget 59.32586374500001
 MARKER 'MARKER' 'INTEND'
 r_w0014_frankfurt_c003-gcp-europe-north2 OBJ 0
 r_w0014_frankfurt_c003-gcp-europe-north2 r120_serve 1
 r_w0014_frankfurt_c003-gcp-europe-north2 r128_demand 1
 r_w0014_stockholm_c003-gcp-europe-north2 OBJ 0
 r_w0014_stockholm_c003-gcp-europe-north2 r120_serve 1
 r_w0014_stockholm_c003-gcp-europe-north2 r129_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0014_c004-aws-ap-southeast-2 OBJ 66.580348245
 x_w0014_c004-aws-ap-southeast-2 r121_serve -100
 x_w0014_c004-aws-ap-southeast-2 r127_replicas 1
 x_w0014_c004-aws-ap-southeast-2 r179_capacity 2
 x_w0014_c004-aws-ap-southeast-2 r180_capacity 2.5
 x_w0014_c004-aws-ap-southeast-2 r195_budget 66.580348245
 MARKER 'MARKER' 'INTEND'
 r_w0014_frankfurt_c004-aws-ap-southeast-2 OBJ 0
 r_w0014_frankfurt_c004-aws-ap-southeast-2 r121_serve 1
 r_w0014_frankfurt_c004-aws-ap-southeast-2 r128_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0014_c005-aws-ap-southeast-5 OBJ 66.580348245
 x_w0014_c005-aws-ap-southeast-5 r122_serve -100
 x_w0014_c005-aws-ap-southeast-5 r127_replicas 1
 x_w0014_c005-aws-ap-southeast-5 r182_capacity 2
 x_w0014_c005-aws-ap-southeast-5 r183_capacity 2.5
 x_w0014_c005-aws-ap-southeast-5 r195_budget 66.580348245
 MARKER 'MARKER' 'INTEND'
 r_w0014_frankfurt_c005-aws-ap-southeast-5 OBJ 0
 r_w0014_frankfurt_c005-aws-ap-southeast-5 r122_serve 1
 r_w0014_frankfurt_c005-aws-ap-southeast-5 r128_demand 1
 r_w0014_stockholm_c005-aws-ap-southeast-5 OBJ 0
 r_w0014_stockholm_c005-aws-ap-southeast-5 r122_serve 1
 r_w0014_stockholm_c005-aws-ap-southeast-5 r129_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0014_c006-aws-eu-north-1 OBJ 56.593295624999996
 x_w0014_c006-aws-eu-north-1 r123_serve -100
 x_w0014_c006-aws-eu-north-1 r127_replicas 1
 x_w0014_c006-aws-eu-north-1 r184_capacity 2
 x_w0014_c006-aws-eu-north-1 r185_capacity 2.5
 x_w0014_c006-aws-eu-north-1 r195_budget 56.593295624999996
 s_w0014_c006-aws-eu-north-1 OBJ 17.560566465
 s_w0014_c006-aws-eu-north-1 r123_serve -100
 s_w0014_c006-aws-eu-north-1 r127_replicas 1
 s_w0014_c006-aws-eu-north-1 r184_capacity 2
 s_w0014_c006-aws-eu-north-1 r185_capacity 2.5
 s_w0014_c006-aws-eu-north-1 r195_budget 17.560566465
 MARKER 'MARKER' 'INTEND'
 r_w0014_frankfurt_c006-aws-eu-north-1 OBJ 0
 r_w0014_frankfurt_c006-aws-eu-north-1 r123_serve 1
 r_w0014_frankfurt_c006-aws-eu-north-1 r128_demand 1
 r_w0014_stockholm_c006-aws-eu-north-1 OBJ 0
 r_w0014_stockholm_c006-aws-eu-north-1 r123_serve 1
 r_w0014_stockholm_c006-aws-eu-north-1 r129_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0014_c007-azure-japanwest OBJ 53.264278085
 x_w0014_c007-azure-japanwest r124_serve -100
 x_w0014_c007-azure-japanwest r127_replicas 1
 x_w0014_c007-azure-japanwest r187_capacity 2
 x_w0014_c007-azure-japanwest r188_capacity 2.5
 x_w0014_c007-azure-japanwest r195_budget 53.264278085
 s_w0014_c007-azure-japanwest OBJ 6.924355505
 s_w0014_c007-azure-japanwest r124_serve -100
 s_w0014_c007-azure-japanwest r127_replicas 1
 s_w0014_c007-azure-japanwest r187_capacity 2
 s_w0014_c007-azure-japanwest r188_capacity 2.5
 s_w0014_c007-azure-japanwest r195_budget 6.924355505
 MARKER 'MARKER' 'INTEND'
 r_w0014_frankfurt_c007-azure-japanwest OBJ 0
 r_w0014_frankfurt_c007-azure-japanwest r124_serve 1
 r_w0014_frankfurt_c007-azure-japanwest r128_demand 1
 r_w0014_stockholm_c007-azure-japanwest OBJ 0
 r_w0014_stockholm_c007-azure-japanwest r124_serve 1
 r_w0014_stockholm_c007-azure-japanwest r129_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0014_c008-azure-jioindiawest OBJ 53.264278085
 x_w0014_c008-azure-jioindiawest r125_serve -100
 x_w0014_c008-azure-jioindiawest r127_replicas 1
 x_w0014_c008-azure-jioindiawest r190_capacity 2
 x_w0014_c008-azure-jioindiawest r191_capacity 2.5
 x_w0014_c008-azure-jioindiawest r195_budget 53.264278085
 s_w0014_c008-azure-jioindiawest OBJ 6.924355505
 s_w0014_c008-azure-jioindiawest r125_serve -100
 s_w0014_c008-azure-jioindiawest r127_replicas 1
 s_w0014_c008-azure-jioindiawest r190_capacity 2
 s_w0014_c008-azure-jioindiawest r191_capacity 2.5
 s_w0014_c008-azure-jioindiawest r195_budget 6.924355505
 MARKER 'MARKER' 'INTEND'
 r_w0014_frankfurt_c008-azure-jioindiawest OBJ 0
 r_w0014_frankfurt_c008-azure-jioindiawest r125_serve 1
 r_w0014_frankfurt_c008-azure-jioindiawest r128_demand 1
 r_w0014_stockholm_c008-azure-jioindiawest OBJ 0
 r_w0014_stockholm_c008-azure-jioindiawest r125_serve 1
 r_w0014_stockholm_c008-azure-jioindiawest r129_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0014_c009-aws-eu-west-3 OBJ 62.14165806999999
 x_w0014_c009-aws-eu-west-3 r126_serve -100
 x_w0014_c009-aws-eu-west-3 r127_replicas 1
 x_w0014_c009-aws-eu-west-3 r193_capacity 2
 x_w0014_c009-aws-eu-west-3 r194_capacity 2.5
 x_w0014_c009-aws-eu-west-3 r195_budget 62.14165806999999
 s_w0014_c009-aws-eu-west-3 OBJ 22.581834965
 s_w0014_c009-aws-eu-west-3 r126_serve -100
 s_w0014_c009-aws-eu-west-3 r127_replicas 1
 s_w0014_c009-aws-eu-west-3 r193_capacity 2
 s_w0014_c009-aws-eu-west-3 r194_capacity 2.5
 s_w0014_c009-aws-eu-west-3 r195_budget 22.581834965
 MARKER 'MARKER' 'INTEND'
 r_w0014_frankfurt_c009-aws-eu-west-3 OBJ 0
 r_w0014_frankfurt_c009-aws-eu-west-3 r126_serve 1
 r_w0014_frankfurt_c009-aws-eu-west-3 r128_demand 1
 r_w0014_stockholm_c009-aws-eu-west-3 OBJ 0
 r_w0014_stockholm_c009-aws-eu-west-3 r126_serve 1
 r_w0014_stockholm_c009-aws-eu-west-3 r129_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0015_c006-aws-eu-north-1 OBJ 407.34000000000003
 x_w0015_c006-aws-eu-north-1 r130_replicas 1
 x_w0015_c006-aws-eu-north-1 r184_capacity 1.25
 x_w0015_c006-aws-eu-north-1 r185_capacity 0.5
 x_w0015_c006-aws-eu-north-1 r186_capacity 1
 x_w0015_c006-aws-eu-north-1 r196_budget 407.34000000000003
 s_w0015_c006-aws-eu-north-1 OBJ 135.561
 s_w0015_c006-aws-eu-north-1 r130_replicas 1
 s_w0015_c006-aws-eu-north-1 r184_capacity 1.25
 s_w0015_c006-aws-eu-north-1 r185_capacity 0.5
 s_w0015_c006-aws-eu-north-1 r186_capacity 1
 s_w0015_c006-aws-eu-north-1 r196_budget 135.561
 x_w0016_c000-aws-eu-west-3 OBJ 15.981285925000002
 x_w0016_c000-aws-eu-west-3 r131_location 1
 x_w0016_c000-aws-eu-west-3 r132_location 1
 x_w0016_c000-aws-eu-west-3 r151_replicas 1
 x_w0016_c000-aws-eu-west-3 r171_capacity 0.5
 x_w0016_c000-aws-eu-west-3 r172_capacity 0.75
 x_w0016_c000-aws-eu-west-3 r195_budget 15.981285925000002
 y_w0016_c000-aws-eu-west-3 OBJ 0
 y_w0016_c000-aws-eu-west-3 r131_location -2
 y_w0016_c000-aws-eu-west-3 r132_location -66
 y_w0016_c000-aws-eu-west-3 r156_spread -1
 x_w0016_c001-aws-ap-northeast-3 OBJ 17.69356626
 x_w0016_c001-aws-ap-northeast-3 r133_location 1
 x_w0016_c001-aws-ap-northeast-3 r134_location 1
 x_w0016_c001-aws-ap-northeast-3 r151_replicas 1
 x_w0016_c001-aws-ap-northeast-3 r173_capacity 0.5
 x_w0016_c001-aws-ap-northeast-3 r174_capacity 0.75
 x_w0016_c001-aws-ap-northeast-3 r195_budget 17.69356626
 y_w0016_c001-aws-ap-northeast-3 OBJ 0
 y_w0016_c001-aws-ap-northeast-3 r133_location -2
 y_w0016_c001-aws-ap-northeast-3 r134_location -76
 y_w0016_c001-aws-ap-northeast-3 r152_spread -1
 x_w0016_c002-azure-northcentralus OBJ 13.698245052499999
 x_w0016_c002-azure-northcentralus r135_location 1
 x_w0016_c002-azure-northcentralus r136_location 1
 x_w0016_c002-azure-northcentralus r151_replicas 1
 x_w0016_c002-azure-northcentralus r175_capacity 0.5
 x_w0016_c002-azure-northcentralus r176_capacity 0.75
 x_w0016_c002-azure-northcentralus r195_budget 13.698245052499999
 y_w0016_c002-azure-northcentralus OBJ 0
 y_w0016_c002-azure-northcentralus r135_location -2
 y_w0016_c002-azure-northcentralus r136_location -42
 y_w0016_c002-azure-northcentralus r159_spread -1
 x_w0016_c003-gcp-europe-north2 OBJ 15.257133772500001
 x_w0016_c003-gcp-europe-north2 r137_location 1
 x_w0016_c003-gcp-europe-north2 r138_location 1
 x_w0016_c003-gcp-europe-north2 r151_replicas 1
 x_w0016_c003-gcp-europe-north2 r177_capacity 0.5
 x_w0016_c003-gcp-europe-north2 r178_capacity 0.75
 x_w0016_c003-gcp-europe-north2 r195_budget 15.257133772500001
 y_w0016_c003-gcp-europe-north2 OBJ 0
 y_w0016_c003-gcp-europe-north2 r137_location -2
 y_w0016_c003-gcp-europe-north2 r138_location -70
 y_w0016_c003-gcp-europe-north2 r160_spread -1
 x_w0016_c004-aws-ap-southeast-2 OBJ 17.1228064525
 x_w0016_c004-aws-ap-southeast-2 r139_location 1
 x_w0016_c004-aws-ap-southeast-2 r140_location 1
 x_w0016_c004-aws-ap-southeast-2 r151_replicas 1
 x_w0016_c004-aws-ap-southeast-2 r179_capacity 0.5
 x_w0016_c004-aws-ap-southeast-2 r180_capacity 0.75
 x_w0016_c004-aws-ap-southeast-2 r195_budget 17.1228064525
 y_w0016_c004-aws-ap-southeast-2 OBJ 0
 y_w0016_c004-aws-ap-southeast-2 r139_location -2
 y_w0016_c004-aws-ap-southeast-2 r140_location -58
 y_w0016_c004-aws-ap-southeast-2 r153_spread -1
 x_w0016_c005-aws-ap-southeast-5 OBJ 17.1228064525
 x_w0016_c005-aws-ap-southeast-5 r141_location 1
 x_w0016_c005-aws-ap-southeast-5 r142_location 1
 x_w0016_c005-aws-ap-southeast-5 r151_replicas 1
 x_w0016_c005-aws-ap-southeast-5 r182_capacity 0.5
 x_w0016_c005-aws-ap-southeast-5 r183_capacity 0.75
 x_w0016_c005-aws-ap-southeast-5 r195_budget 17.1228064525
 y_w0016_c005-aws-ap-southeast-5 OBJ 0
 y_w0016_c005-aws-ap-southeast-5 r141_location -2
 y_w0016_c005-aws-ap-southeast-5 r142_location -64
 y_w0016_c005-aws-ap-southeast-5 r154_spread -1
 x_w0016_c006-aws-eu-north-1 OBJ 14.5543854025
 x_w0016_c006-aws-eu-north-1 r143_location 1
 x_w0016_c006-aws-eu-north-1 r144_location 1
 x_w0016_c006-aws-eu-north-1 r151_replicas 1
 x_w0016_c006-aws-eu-north-1 r184_capacity 0.5
 x_w0016_c006-aws-eu-north-1 r185_capacity 0.75
 x_w0016_c006-aws-eu-north-1 r195_budget 14.5543854025
 y_w0016_c006-aws-eu-north-1 OBJ 0
 y_w0016_c006-aws-eu-north-1 r143_location -2
 y_w0016_c006-aws-eu-north-1 r144_location -40
 y_w0016_c006-aws-eu-north-1 r155_spread -1
 x_w0016_c007-azure-japanwest OBJ 13.698245052499999
 x_w0016_c007-azure-japanwest r145_location 1
 x_w0016_c007-azure-japanwest r146_location 1
 x_w0016_c007-azure-japanwest r151_replicas 1
 x_w0016_c007-azure-japanwest r187_capacity 0.5
 x_w0016_c007-azure-japanwest r188_capacity 0.75
 x_w0016_c007-azure-japanwest r195_budget 13.698245052499999
 y_w0016_c007-azure-japanwest OBJ 0
 y_w0016_c007-azure-japanwest r145_location -2
 y_w0016_c007-azure-japanwest r146_location -56
 y_w0016_c007-azure-japanwest r157_spread -1
 x_w0016_c008-azure-jioindiawest OBJ 13.698245052499999
 x_w0016_c008-azure-jioindiawest r147_location 1
 x_w0016_c008-azure-jioindiawest r148_location 1
 x_w0016_c008-azure-jioindiawest r151_replicas 1
 x_w0016_c008-azure-jioindiawest r190_capacity 0.5
 x_w0016_c008-azure-jioindiawest r191_capacity 0.75
 x_w0016_c008-azure-jioindiawest r195_budget 13.698245052499999
 y_w0016_c008-azure-jioindiawest OBJ 0
 y_w0016_c008-azure-jioindiawest r147_location -2
 y_w0016_c008-azure-jioindiawest r148_location -58
 y_w0016_c008-azure-jioindiawest r158_spread -1
 x_w0016_c009-aws-eu-west-3 OBJ 15.981285925000002
 x_w0016_c009-aws-eu-west-3 r149_location 1
 x_w0016_c009-aws-eu-west-3 r150_location 1
 x_w0016_c009-aws-eu-west-3 r151_replicas 1
 x_w0016_c009-aws-eu-west-3 r193_capacity 0.5
 x_w0016_c009-aws-eu-west-3 r194_capacity 0.75
 x_w0016_c009-aws-eu-west-3 r195_budget 15.981285925000002
 y_w0016_c009-aws-eu-west-3 OBJ 0
 y_w0016_c009-aws-eu-west-3 r149_location -2
 y_w0016_c009-aws-eu-west-3 r150_location -78
 y_w0016_c009-aws-eu-west-3 r156_spread -1
 MARKER 'MARKER' 'INTEND'
 z_region_w0016_aws.ap-northeast-3 OBJ 0
 z_region_w0016_aws.ap-northeast-3 r152_spread 1
 z_region_w0016_aws.ap-northeast-3 r161_spread 1
 z_region_w0016_aws.ap-southeast-2 OBJ 0
 z_region_w0016_aws.ap-southeast-2 r153_spread 1
 z_region_w0016_aws.ap-southeast-2 r161_spread 1
 z_region_w0016_aws.ap-southeast-5 OBJ 0
 z_region_w0016_aws.ap-southeast-5 r154_spread 1
 z_region_w0016_aws.ap-southeast-5 r161_spread 1
 z_region_w0016_aws.eu-north-1 OBJ 0
 z_region_w0016_aws.eu-north-1 r155_spread 1
 z_region_w0016_aws.eu-north-1 r161_spread 1
 z_region_w0016_aws.eu-west-3 OBJ 0
 z_region_w0016_aws.eu-west-3 r156_spread 1
 z_region_w0016_aws.eu-west-3 r161_spread 1
 z_region_w0016_azure.japanwest OBJ 0
 z_region_w0016_azure.japanwest r157_spread 1
 z_region_w0016_azure.japanwest r161_spread 1
 z_region_w0016_azure.jioindiawest OBJ 0
 z_region_w0016_azure.jioindiawest r158_spread 1
 z_region_w0016_azure.jioindiawest r161_spread 1
 z_region_w0016_azure.northcentralus OBJ 0
 z_region_w0016_azure.northcentralus r159_spread 1
 z_region_w0016_azure.northcentralus r161_spread 1
 z_region_w0016_gcp.europe-north2 OBJ 0
 z_region_w0016_gcp.europe-north2 r160_spread 1
 z_region_w0016_gcp.europe-north2 r161_spread 1
 MARKER 'MARKER' 'INTORG'
 x_w0017_c000-aws-eu-west-3 OBJ 54.596886515
 x_w0017_c000-aws-eu-west-3 r162_replicas 1
 x_w0017_c000-aws-eu-west-3 r171_capacity 1.75
 x_w0017_c000-aws-eu-west-3 r172_capacity 2.25
 x_w0017_c000-aws-eu-west-3 r196_budget 54.596886515
 x_w0017_c001-aws-ap-northeast-3 OBJ 60.44655189750001
 x_w0017_c001-aws-ap-northeast-3 r162_replicas 1
 x_w0017_c001-aws-ap-northeast-3 r173_capacity 1.75
 x_w0017_c001-aws-ap-northeast-3 r174_capacity 2.25
 x_w0017_c001-aws-ap-northeast-3 r196_budget 60.44655189750001
 x_w0017_c002-azure-northcentralus OBJ 46.79733109
 x_w0017_c002-azure-northcentralus r162_replicas 1
 x_w0017_c002-azure-northcentralus r175_capacity 1.75
 x_w0017_c002-azure-northcentralus r176_capacity 2.25
 x_w0017_c002-azure-northcentralus r196_budget 46.79733109
 x_w0017_c003-gcp-europe-north2 OBJ 52.122964695
 x_w0017_c003-gcp-europe-north2 r162_replicas 1
 x_w0017_c003-gcp-europe-north2 r177_capacity 1.75
 x_w0017_c003-gcp-europe-north2 r178_capacity 2.25
 x_w0017_c003-gcp-europe-north2 r196_budget 52.122964695
 x_w0017_c004-aws-ap-southeast-2 OBJ 58.49666441
 x_w0017_c004-aws-ap-southeast-2 r162_replicas 1
 x_w0017_c004-aws-ap-southeast-2 r179_capacity 1.75
 x_w0017_c004-aws-ap-southeast-2 r180_capacity 2.25
 x_w0017_c004-aws-ap-southeast-2 r196_budget 58.49666441
 x_w0017_c005-aws-ap-southeast-5 OBJ 58.49666441
 x_w0017_c005-aws-ap-southeast-5 r162_replicas 1
 x_w0017_c005-aws-ap-southeast-5 r182_capacity 1.75
 x_w0017_c005-aws-ap-southeast-5 r183_capacity 2.25
 x_w0017_c005-aws-ap-southeast-5 r196_budget 58.49666441
 x_w0017_c006-aws-eu-north-1 OBJ 49.72216441999999
 x_w0017_c006-aws-eu-north-1 r162_replicas 1
 x_w0017_c006-aws-eu-north-1 r184_capacity 1.75
 x_w0017_c006-aws-eu-north-1 r185_capacity 2.25
 x_w0017_c006-aws-eu-north-1 r196_budget 49.72216441999999
 x_w0017_c007-azure-japanwest OBJ 46.79733109
 x_w0017_c007-azure-japanwest r162_replicas 1
 x_w0017_c007-azure-japanwest r187_capacity 1.75
 x_w0017_c007-azure-japanwest r188_capacity 2.25
 x_w0017_c007-azure-japanwest r196_budget 46.79733109
 x_w0017_c008-azure-jioindiawest OBJ 46.79733109
 x_w0017_c008-azure-jioindiawest r162_replicas 1
 x_w0017_c008-azure-jioindiawest r190_capacity 1.75
 x_w0017_c008-azure-jioindiawest r191_capacity 2.25
 x_w0017_c008-azure-jioindiawest r196_budget 46.79733109
 x_w0017_c009-aws-eu-west-3 OBJ 54.596886515
 x_w0017_c009-aws-eu-west-3 r162_replicas 1
 x_w0017_c009-aws-eu-west-3 r193_capacity 1.75
 x_w0017_c009-aws-eu-west-3 r194_capacity 2.25
 x_w0017_c009-aws-eu-west-3 r196_budget 54.596886515
 x_w0018_c000-aws-eu-west-3 OBJ 59.466429624999996
 x_w0018_c000-aws-eu-west-3 r163_serve -100
 x_w0018_c000-aws-eu-west-3 r167_replicas 1
 x_w0018_c000-aws-eu-west-3 r171_capacity 2
 x_w0018_c000-aws-eu-west-3 r172_capacity 1.75
 x_w0018_c000-aws-eu-west-3 r195_budget 59.466429624999996
 MARKER 'MARKER' 'INTEND'
 r_w0018_amsterdam_c000-aws-eu-west-3 OBJ 0
 r_w0018_amsterdam_c000-aws-eu-west-3 r163_serve 1
 r_w0018_amsterdam_c000-aws-eu-west-3 r168_demand 1
 r_w0018_frankfurt_c000-aws-eu-west-3 OBJ 0
 r_w0018_frankfurt_c000-aws-eu-west-3 r163_serve 1
 r_w0018_frankfurt_c000-aws-eu-west-3 r169_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0018_c003-gcp-europe-north2 OBJ 56.77185672750001
 x_w0018_c003-gcp-europe-north2 r164_serve -100
 x_w0018_c003-gcp-europe-north2 r167_replicas 1
 x_w0018_c003-gcp-europe-north2 r177_capacity 2
 x_w0018_c003-gcp-europe-north2 r178_capacity 1.75
 x_w0018_c003-gcp-europe-north2 r195_budget 56.77185672750001
 MARKER 'MARKER' 'INTEND'
 r_w0018_amsterdam_c003-gcp-europe-north2 OBJ 0
 r_w0018_amsterdam_c003-gcp-europe-north2 r164_serve 1
 r_w0018_amsterdam_c003-gcp-europe-north2 r168_demand 1
 r_w0018_frankfurt_c003-gcp-europe-north2 OBJ 0
 r_w0018_frankfurt_c003-gcp-europe-north2 r164_serve 1
 r_w0018_frankfurt_c003-gcp-europe-north2 r169_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0018_c006-aws-eu-north-1 OBJ 54.15692664749999
 x_w0018_c006-aws-eu-north-1 r165_serve -100
 x_w0018_c006-aws-eu-north-1 r167_replicas 1
 x_w0018_c006-aws-eu-north-1 r184_capacity 2
 x_w0018_c006-aws-eu-north-1 r185_capacity 1.75
 x_w0018_c006-aws-eu-north-1 r195_budget 54.15692664749999
 s_w0018_c006-aws-eu-north-1 OBJ 16.8045757275
 s_w0018_c006-aws-eu-north-1 r165_serve -100
 s_w0018_c006-aws-eu-north-1 r167_replicas 1
 s_w0018_c006-aws-eu-north-1 r184_capacity 2
 s_w0018_c006-aws-eu-north-1 r185_capacity 1.75
 s_w0018_c006-aws-eu-north-1 r195_budget 16.8045757275
 MARKER 'MARKER' 'INTEND'
 r_w0018_amsterdam_c006-aws-eu-north-1 OBJ 0
 r_w0018_amsterdam_c006-aws-eu-north-1 r165_serve 1
 r_w0018_amsterdam_c006-aws-eu-north-1 r168_demand 1
 r_w0018_frankfurt_c006-aws-eu-north-1 OBJ 0
 r_w0018_frankfurt_c006-aws-eu-north-1 r165_serve 1
 r_w0018_frankfurt_c006-aws-eu-north-1 r169_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0018_c009-aws-eu-west-3 OBJ 59.466429624999996
 x_w0018_c009-aws-eu-west-3 r166_serve -100
 x_w0018_c009-aws-eu-west-3 r167_replicas 1
 x_w0018_c009-aws-eu-west-3 r193_capacity 2
 x_w0018_c009-aws-eu-west-3 r194_capacity 1.75
 x_w0018_c009-aws-eu-west-3 r195_budget 59.466429624999996
 s_w0018_c009-aws-eu-west-3 OBJ 21.6096758975
 s_w0018_c009-aws-eu-west-3 r166_serve -100
 s_w0018_c009-aws-eu-west-3 r167_replicas 1
 s_w0018_c009-aws-eu-west-3 r193_capacity 2
 s_w0018_c009-aws-eu-west-3 r194_capacity 1.75
 s_w0018_c009-aws-eu-west-3 r195_budget 21.6096758975
 MARKER 'MARKER' 'INTEND'
 r_w0018_amsterdam_c009-aws-eu-west-3 OBJ 0
 r_w0018_amsterdam_c009-aws-eu-west-3 r166_serve 1
 r_w0018_amsterdam_c009-aws-eu-west-3 r168_demand 1
 r_w0018_frankfurt_c009-aws-eu-west-3 OBJ 0
 r_w0018_frankfurt_c009-aws-eu-west-3 r166_serve 1
 r_w0018_frankfurt_c009-aws-eu-west-3 r169_demand 1
 MARKER 'MARKER' 'INTORG'
 x_w0019_c000-aws-eu-west-3 OBJ 35.52954311
 x_w0019_c000-aws-eu-west-3 r170_replicas 1
 x_w0019_c000-aws-eu-west-3 r171_capacity 1
 x_w0019_c000-aws-eu-west-3 r172_capacity 2.5
 x_w0019_c000-aws-eu-west-3 r196_budget 35.52954311
 x_w0019_c001-aws-ap-northeast-3 OBJ 39.33627922
 x_w0019_c001-aws-ap-northeast-3 r170_replicas 1
 x_w0019_c001-aws-ap-northeast-3 r173_capacity 1
 x_w0019_c001-aws-ap-northeast-3 r174_capacity 2.5
 x_w0019_c001-aws-ap-northeast-3 r196_budget 39.33627922
 x_w0019_c002-azure-northcentralus OBJ 30.453894355000003
 x_w0019_c002-azure-northcentralus r170_replicas 1
 x_w0019_c002-azure-northcentralus r175_capacity 1
 x_w0019_c002-azure-northcentralus r176_capacity 2.5
 x_w0019_c002-azure-northcentralus r196_budget 30.453894355000003
 s_w0019_c002-azure-northcentralus OBJ 3.9590057149999995
 s_w0019_c002-azure-northcentralus r170_replicas 1
 s_w0019_c002-azure-northcentralus r175_capacity 1
 s_w0019_c002-azure-northcentralus r176_capacity 2.5
 s_w0019_c002-azure-northcentralus r196_budget 3.9590057149999995
 x_w0019_c003-gcp-europe-north2 OBJ 33.919610235
 x_w0019_c003-gcp-europe-north2 r170_replicas 1
 x_w0019_c003-gcp-europe-north2 r177_capacity 1
 x_w0019_c003-gcp-europe-north2 r178_capacity 2.5
 x_w0019_c003-gcp-europe-north2 r196_budget 33.919610235
 x_w0019_c004-aws-ap-southeast-2 OBJ 38.067368035
 x_w0019_c004-aws-ap-southeast-2 r170_replicas 1
 x_w0019_c004-aws-ap-southeast-2 r179_capacity 1
 x_w0019_c004-aws-ap-southeast-2 r180_capacity 2.5
 x_w0019_c004-aws-ap-southeast-2 r196_budget 38.067368035
 x_w0019_c005-aws-ap-southeast-5 OBJ 38.067368035
 x_w0019_c005-aws-ap-southeast-5 r170_replicas 1
 x_w0019_c005-aws-ap-southeast-5 r182_capacity 1
 x_w0019_c005-aws-ap-southeast-5 r183_capacity 2.5
 x_w0019_c005-aws-ap-southeast-5 r196_budget 38.067368035
 x_w0019_c006-aws-eu-north-1 OBJ 32.357262774999995
 x_w0019_c006-aws-eu-north-1 r170_replicas 1
 x_w0019_c006-aws-eu-north-1 r184_capacity 1
 x_w0019_c006-aws-eu-north-1 r185_capacity 2.5
 x_w0019_c006-aws-eu-north-1 r196_budget 32.357262774999995
 s_w0019_c006-aws-eu-north-1 OBJ 10.040267795
 s_w0019_c006-aws-eu-north-1 r170_replicas 1
 s_w0019_c006-aws-eu-north-1 r184_capacity 1
 s_w0019_c006-aws-eu-north-1 r185_capacity 2.5
 s_w0019_c006-aws-eu-north-1 r196_budget 10.040267795
 x_w0019_c007-azure-japanwest OBJ 30.453894355000003
 x_w0019_c007-azure-japanwest r170_replicas 1
 x_w0019_c007-azure-japanwest r187_capacity 1
 x_w0019_c007-azure-japanwest r188_capacity 2.5
 x_w0019_c007-azure-japanwest r196_budget 30.453894355000003
 s_w0019_c007-azure-japanwest OBJ 3.9590057149999995
 s_w0019_c007-azure-japanwest r170_replicas 1
 s_w0019_c007-azure-japanwest r187_capacity 1
 s_w0019_c007-azure-japanwest r188_capacity 2.5
 s_w0019_c007-azure-japanwest r196_budget 3.9590057149999995
 x_w0019_c008-azure-jioindiawest OBJ 30.453894355000003
 x_w0019_c008-azure-jioindiawest r170_replicas 1
 x_w0019_c008-azure-jioindiawest r190_capacity 1
 x_w0019_c008-azure-jioindiawest r191_capacity 2.5
 x_w0019_c008-azure-jioindiawest r196_budget 30.453894355000003
 s_w0019_c008-azure-jioindiawest OBJ 3.9590057149999995
 s_w0019_c008-azure-jioindiawest r170_replicas 1
 s_w0019_c008-azure-jioindiawest r190_capacity 1
 s_w0019_c008-azure-jioindiawest r191_capacity 2.5
 s_w0019_c008-azure-jioindiawest r196_budget 3.9590057149999995
 x_w0019_c009-aws-eu-west-3 OBJ 35.52954311
 x_w0019_c009-aws-eu-west-3 r170_replicas 1
 x_w0019_c009-aws-eu-west-3 r193_capacity 1
 x_w0019_c009-aws-eu-west-3 r194_capacity 2.5
 x_w0019_c009-aws-eu-west-3 r196_budget 35.52954311
 s_w0019_c009-aws-eu-west-3 OBJ 12.911182595000001
 s_w0019_c009-aws-eu-west-3 r170_replicas 1
 s_w0019_c009-aws-eu-west-3 r193_capacity 1
 s_w0019_c009-aws-eu-west-3 r194_capacity 2.5
 s_w0019_c009-aws-eu-west-3 r196_budget 12.911182595000001
 MARKER 'MARKER' 'INTEND'
RHS
 RHS r0_replicas 6
 RHS r21_replicas 4
 RHS r31_spread 2
 RHS r42_replicas 2
 RHS r43_demand 400
 RHS r44_demand 350
 RHS r45_demand 500
 RHS r46_replicas 2
 RHS r47_replicas 3
 RHS r48_replicas 2
 RHS r61_replicas 4
 RHS r62_demand 500
 RHS r63_demand 450
 RHS r67_spread 2
 RHS r68_replicas 4
 RHS r69_replicas 2
 RHS r70_replicas 5
 RHS r81_replicas 6
 RHS r82_demand 250
 RHS r83_demand 50
 RHS r104_replicas 4
 RHS r114_spread 2
 RHS r115_replicas 1
 RHS r116_replicas 4
 RHS r127_replicas 3
 RHS r128_demand 500
 RHS r129_demand 300
 RHS r130_replicas 1
 RHS r151_replicas 4
 RHS r161_spread 2
 RHS r162_replicas 6
 RHS r167_replicas 2
 RHS r168_demand 450
 RHS r169_demand 500
 RHS r170_replicas 5
 RHS r171_capacity 33
 RHS r172_capacity 132
 RHS r173_capacity 38
 RHS r174_capacity 152
 RHS r175_capacity 21
 RHS r176_capacity 84
 RHS r177_capacity 35
 RHS r178_capacity 140
 RHS r179_capacity 29
 RHS r180_capacity 116
 RHS r181_capacity 4
 RHS r182_capacity 32
 RHS r183_capacity 128
 RHS r184_capacity 20
 RHS r185_capacity 80
 RHS r186_capacity 16
 RHS r187_capacity 28
 RHS r188_capacity 112
 RHS r189_capacity 8
 RHS r190_capacity 29
 RHS r191_capacity 116
 RHS r192_capacity 8
 RHS r193_capacity 39
 RHS r194_capacity 156
 RHS r195_budget 1458
 RHS r196_budget 1047
BOUNDS
 LO BND x_w0000_c000-aws-eu-west-3 0
 UP BND x_w0000_c000-aws-eu-west-3 33
 LO BND x_w0000_c003-gcp-europe-north2 0
 UP BND x_w0000_c003-gcp-europe-north2 35
 LO BND x_w0000_c006-aws-eu-north-1 0
 UP BND x_w0000_c006-aws-eu-north-1 20
 LO BND x_w0000_c009-aws-eu-west-3 0
 UP BND x_w0000_c009-aws-eu-west-3 39
 LO BND x_w0001_c000-aws-eu-west-3 0
 UP BND x_w0001_c000-aws-eu-west-3 22
 LO BND y_w0001_c000-aws-eu-west-3 0
 UP BND y_w0001_c000-aws-eu-west-3 1
 LO BND x_w0001_c001-aws-ap-northeast-3 0
 UP BND x_w0001_c001-aws-ap-northeast-3 25
 LO BND y_w0001_c001-aws-ap-northeast-3 0
 UP BND y_w0001_c001-aws-ap-northeast-3 1
 LO BND x_w0001_c002-azure-northcentralus 0
 UP BND x_w0001_c002-azure-northcentralus 14
 LO BND y_w0001_c002-azure-northcentralus 0
 UP BND y_w0001_c002-azure-northcentralus 1
 LO BND x_w0001_c003-gcp-europe-north2 0
 UP BND x_w0001_c003-gcp-europe-north2 23
 LO BND y_w0001_c003-gcp-europe-north2 0
 UP BND y_w0001_c003-gcp-europe-north2 1
 LO BND x_w0001_c004-aws-ap-southeast-2 0
 UP BND x_w0001_c004-aws-ap-southeast-2 19
 LO BND y_w0001_c004-aws-ap-southeast-2 0
 UP BND y_w0001_c004-aws-ap-southeast-2 1
 LO BND x_w0001_c005-aws-ap-southeast-5 0
 UP BND x_w0001_c005-aws-ap-southeast-5 21
 LO BND y_w0001_c005-aws-ap-southeast-5 0
 UP BND y_w0001_c005-aws-ap-southeast-5 1
 LO BND x_w0001_c006-aws-eu-north-1 0
 UP BND x_w0001_c006-aws-eu-north-1 13
 LO BND y_w0001_c006-aws-eu-north-1 0
 UP BND y_w0001_c006-aws-eu-north-1 1
 LO BND x_w0001_c007-azure-japanwest 0
 UP BND x_w0001_c007-azure-japanwest 18
 LO BND y_w0001_c007-azure-japanwest 0
 UP BND y_w0001_c007-azure-japanwest 1
 LO BND x_w0001_c008-azure-jioindiawest 0
 UP BND x_w0001_c008-azure-jioindiawest 19
 LO BND y_w0001_c008-azure-jioindiawest 0
 UP BND y_w0001_c008-azure-jioindiawest 1
 LO BND x_w0001_c009-aws-eu-west-3 0
 UP BND x_w0001_c009-aws-eu-west-3 26
 LO BND y_w0001_c009-aws-eu-west-3 0
 UP BND y_w0001_c009-aws-eu-west-3 1
 LO BND z_region_w0001_aws.ap-northeast-3 0
 UP BND z_region_w0001_aws.ap-northeast-3 1
 LO BND z_region_w0001_aws.ap-southeast-2 0
 UP BND z_region_w0001_aws.ap-southeast-2 1
 LO BND z_region_w0001_aws.ap-southeast-5 0
 UP BND z_region_w0001_aws.ap-southeast-5 1
 LO BND z_region_w0001_aws.eu-north-1 0
 UP BND z_region_w0001_aws.eu-north-1 1
 LO BND z_region_w0001_aws.eu-west-3 0
 UP BND z_region_w0001_aws.eu-west-3 1
 LO BND z_region_w0001_azure.japanwest 0
 UP BND z_region_w0001_azure.japanwest 1
 LO BND z_region_w0001_azure.jioindiawest 0
 UP BND z_region_w0001_azure.jioindiawest 1
 LO BND z_region_w0001_azure.northcentralus 0
 UP BND z_region_w0001_azure.northcentralus 1
 LO BND z_region_w0001_gcp.europe-north2 0
 UP BND z_region_w0001_gcp.europe-north2 1
 LO BND x_w0002_c000-aws-eu-west-3 0
 UP BND x_w0002_c000-aws-eu-west-3 18
 LO BND r_w0002_london_c000-aws-eu-west-3 0
 UP BND r_w0002_london_c000-aws-eu-west-3 400
 LO BND r_w0002_mumbai_c000-aws-eu-west-3 0
 UP BND r_w0002_mumbai_c000-aws-eu-west-3 350
 LO BND r_w0002_paris_c000-aws-eu-west-3 0
 UP BND r_w0002_paris_c000-aws-eu-west-3 500
 LO BND x_w0002_c001-aws-ap-northeast-3 0
 UP BND x_w0002_c001-aws-ap-northeast-3 21
 LO BND r_w0002_mumbai_c001-aws-ap-northeast-3 0
 UP BND r_w0002_mumbai_c001-aws-ap-northeast-3 350
 LO BND r_w0002_paris_c001-aws-ap-northeast-3 0
 UP BND r_w0002_paris_c001-aws-ap-northeast-3 500
 LO BND x_w0002_c002-azure-northcentralus 0
 UP BND x_w0002_c002-azure-northcentralus 12
 LO BND s_w0002_c002-azure-northcentralus 0
 UP BND s_w0002_c002-azure-northcentralus 12
 LO BND r_w0002_london_c002-azure-northcentralus 0
 UP BND r_w0002_london_c002-azure-northcentralus 400
 LO BND r_w0002_paris_c002-azure-northcentralus 0
 UP BND r_w0002_paris_c002-azure-northcentralus 500
 LO BND x_w0002_c003-gcp-europe-north2 0
 UP BND x_w0002_c003-gcp-europe-north2 20
 LO BND r_w0002_london_c003-gcp-europe-north2 0
 UP BND r_w0002_london_c003-gcp-europe-north2 400
 LO BND r_w0002_mumbai_c003-gcp-europe-north2 0
 UP BND r_w0002_mumbai_c003-gcp-europe-north2 350
 LO BND r_w0002_paris_c003-gcp-europe-north2 0
 UP BND r_w0002_paris_c003-gcp-europe-north2 500
 LO BND x_w0002_c004-aws-ap-southeast-2 0
 UP BND x_w0002_c004-aws-ap-southeast-2 16
 LO BND r_w0002_mumbai_c004-aws-ap-southeast-2 0
 UP BND r_w0002_mumbai_c004-aws-ap-southeast-2 350
 LO BND x_w0002_c005-aws-ap-southeast-5 0
 UP BND x_w0002_c005-aws-ap-southeast-5 18
 LO BND r_w0002_london_c005-aws-ap-southeast-5 0
 UP BND r_w0002_london_c005-aws-ap-southeast-5 400
 LO BND r_w0002_mumbai_c005-aws-ap-southeast-5 0
 UP BND r_w0002_mumbai_c005-aws-ap-southeast-5 350
 LO BND r_w0002_paris_c005-aws-ap-southeast-5 0
 UP BND r_w0002_paris_c005-aws-ap-southeast-5 500
 LO BND x_w0002_c006-aws-eu-north-1 0
 UP BND x_w0002_c006-aws-eu-north-1 11
 LO BND s_w0002_c006-aws-eu-north-1 0
 UP BND s_w0002_c006-aws-eu-north-1 11
 LO BND r_w0002_london_c006-aws-eu-north-1 0
 UP BND r_w0002_london_c006-aws-eu-north-1 400
 LO BND r_w0002_mumbai_c006-aws-eu-north-1 0
 UP BND r_w0002_mumbai_c006-aws-eu-north-1 350
 LO BND r_w0002_paris_c006-aws-eu-north-1 0
 UP BND r_w0002_paris_c006-aws-eu-north-1 500
 LO BND x_w0002_c007-azure-japanwest 0
 UP BND x_w0002_c007-azure-japanwest 16
 LO BND s_w0002_c007-azure-japanwest 0
 UP BND s_w0002_c007-azure-japanwest 16
 LO BND r_w0002_london_c007-azure-japanwest 0
 UP BND r_w0002_london_c007-azure-japanwest 400
 LO BND r_w0002_mumbai_c007-azure-japanwest 0
 UP BND r_w0002_mumbai_c007-azure-japanwest 350
 LO BND r_w0002_paris_c007-azure-japanwest 0
 UP BND r_w0002_paris_c007-azure-japanwest 500
 LO BND x_w0002_c008-azure-jioindiawest 0
 UP BND x_w0002_c008-azure-jioindiawest 16
 LO BND s_w0002_c008-azure-jioindiawest 0
 UP BND s_w0002_c008-azure-jioindiawest 16
 LO BND r_w0002_london_c008-azure-jioindiawest 0
 UP BND r_w0002_london_c008-azure-jioindiawest 400
 LO BND r_w0002_mumbai_c008-azure-jioindiawest 0
 UP BND r_w0002_mumbai_c008-azure-jioindiawest 350
 LO BND r_w0002_paris_c008-azure-jioindiawest 0
 UP BND r_w0002_paris_c008-azure-jioindiawest 500
 LO BND x_w0002_c009-aws-eu-west-3 0
 UP BND x_w0002_c009-aws-eu-west-3 22
 LO BND s_w0002_c009-aws-eu-west-3 0
 UP BND s_w0002_c009-aws-eu-west-3 22
 LO BND r_w0002_london_c009-aws-eu-west-3 0
 UP BND r_w0002_london_c009-aws-eu-west-3 400
 LO BND r_w0002_mumbai_c009-aws-eu-west-3 0
 UP BND r_w0002_mumbai_c009-aws-eu-west-3 350
 LO BND r_w0002_paris_c009-aws-eu-west-3 0
 UP BND r_w0002_paris_c009-aws-eu-west-3 500
 LO BND x_w0003_c000-aws-eu-west-3 0
 UP BND x_w0003_c000-aws-eu-west-3 132
 LO BND x_w0003_c003-gcp-europe-north2 0
 UP BND x_w0003_c003-gcp-europe-north2 140
 LO BND x_w0003_c006-aws-eu-north-1 0
 UP BND x_w0003_c006-aws-eu-north-1 80
 LO BND s_w0003_c006-aws-eu-north-1 0
 UP BND s_w0003_c006-aws-eu-north-1 80
 LO BND x_w0003_c009-aws-eu-west-3 0
 UP BND x_w0003_c009-aws-eu-west-3 156
 LO BND s_w0003_c009-aws-eu-west-3 0
 UP BND s_w0003_c009-aws-eu-west-3 156
 LO BND x_w0004_c000-aws-eu-west-3 0
 UP BND x_w0004_c000-aws-eu-west-3 18
 LO BND x_w0004_c001-aws-ap-northeast-3 0
 UP BND x_w0004_c001-aws-ap-northeast-3 21
 LO BND x_w0004_c002-azure-northcentralus 0
 UP BND x_w0004_c002-azure-northcentralus 12
 LO BND s_w0004_c002-azure-northcentralus 0
 UP BND s_w0004_c002-azure-northcentralus 12
 LO BND x_w0004_c003-gcp-europe-north2 0
 UP BND x_w0004_c003-gcp-europe-north2 20
 LO BND x_w0004_c004-aws-ap-southeast-2 0
 UP BND x_w0004_c004-aws-ap-southeast-2 16
 LO BND x_w0004_c005-aws-ap-southeast-5 0
 UP BND x_w0004_c005-aws-ap-southeast-5 18
 LO BND x_w0004_c006-aws-eu-north-1 0
 UP BND x_w0004_c006-aws-eu-north-1 11
 LO BND s_w0004_c006-aws-eu-north-1 0
 UP BND s_w0004_c006-aws-eu-north-1 11
 LO BND x_w0004_c007-azure-japanwest 0
 UP BND x_w0004_c007-azure-japanwest 16
 LO BND s_w0004_c007-azure-japanwest 0
 UP BND s_w0004_c007-azure-japanwest 16
 LO BND x_w0004_c008-azure-jioindiawest 0
 UP BND x_w0004_c008-azure-jioindiawest 16
 LO BND s_w0004_c008-azure-jioindiawest 0
 UP BND s_w0004_c008-azure-jioindiawest 16
 LO BND x_w0004_c009-aws-eu-west-3 0
 UP BND x_w0004_c009-aws-eu-west-3 22
 LO BND s_w0004_c009-aws-eu-west-3 0
 UP BND s_w0004_c009-aws-eu-west-3 22
 LO BND x_w0005_c004-aws-ap-southeast-2 0
 UP BND x_w0005_c004-aws-ap-southeast-2 4
 LO BND x_w0005_c006-aws-eu-north-1 0
 UP BND x_w0005_c006-aws-eu-north-1 13
 LO BND s_w0005_c006-aws-eu-north-1 0
 UP BND s_w0005_c006-aws-eu-north-1 13
 LO BND x_w0005_c007-azure-japanwest 0
 UP BND x_w0005_c007-azure-japanwest 8
 LO BND s_w0005_c007-azure-japanwest 0
 UP BND s_w0005_c007-azure-japanwest 8
 LO BND x_w0005_c008-azure-jioindiawest 0
 UP BND x_w0005_c008-azure-jioindiawest 8
 LO BND s_w0005_c008-azure-jioindiawest 0
 UP BND s_w0005_c008-azure-jioindiawest 8
 LO BND x_w0006_c000-aws-eu-west-3 0
 UP BND x_w0006_c000-aws-eu-west-3 26
 LO BND y_w0006_c000-aws-eu-west-3 0
 UP BND y_w0006_c000-aws-eu-west-3 1
 LO BND r_w0006_amsterdam_c000-aws-eu-west-3 0
 UP BND r_w0006_amsterdam_c000-aws-eu-west-3 500
 LO BND r_w0006_madrid_c000-aws-eu-west-3 0
 UP BND r_w0006_madrid_c000-aws-eu-west-3 450
 LO BND x_w0006_c003-gcp-europe-north2 0
 UP BND x_w0006_c003-gcp-europe-north2 28
 LO BND y_w0006_c003-gcp-europe-north2 0
 UP BND y_w0006_c003-gcp-europe-north2 1
 LO BND r_w0006_amsterdam_c003-gcp-europe-north2 0
 UP BND r_w0006_amsterdam_c003-gcp-europe-north2 500
 LO BND r_w0006_madrid_c003-gcp-europe-north2 0
 UP BND r_w0006_madrid_c003-gcp-europe-north2 450
 LO BND x_w0006_c006-aws-eu-north-1 0
 UP BND x_w0006_c006-aws-eu-north-1 16
 LO BND y_w0006_c006-aws-eu-north-1 0
 UP BND y_w0006_c006-aws-eu-north-1 1
 LO BND r_w0006_amsterdam_c006-aws-eu-north-1 0
 UP BND r_w0006_amsterdam_c006-aws-eu-north-1 500
 LO BND r_w0006_madrid_c006-aws-eu-north-1 0
 UP BND r_w0006_madrid_c006-aws-eu-north-1 450
 LO BND x_w0006_c009-aws-eu-west-3 0
 UP BND x_w0006_c009-aws-eu-west-3 31
 LO BND y_w0006_c009-aws-eu-west-3 0
 UP BND y_w0006_c009-aws-eu-west-3 1
 LO BND r_w0006_amsterdam_c009-aws-eu-west-3 0
 UP BND r_w0006_amsterdam_c009-aws-eu-west-3 500
 LO BND r_w0006_madrid_c009-aws-eu-west-3 0
 UP BND r_w0006_madrid_c009-aws-eu-west-3 450
 LO BND z_region_w0006_aws.eu-north-1 0
 UP BND z_region_w0006_aws.eu-north-1 1
 LO BND z_region_w0006_aws.eu-west-3 0
 UP BND z_region_w0006_aws.eu-west-3 1
 LO BND z_region_w0006_gcp.europe-north2 0
 UP BND z_region_w0006_gcp.europe-north2 1
 LO BND x_w0007_c000-aws-eu-west-3 0
 UP BND x_w0007_c000-aws-eu-west-3 37
 LO BND x_w0007_c001-aws-ap-northeast-3 0
 UP BND x_w0007_c001-aws-ap-northeast-3 43
 LO BND x_w0007_c002-azure-northcentralus 0
 UP BND x_w0007_c002-azure-northcentralus 24
 LO BND s_w0007_c002-azure-northcentralus 0
 UP BND s_w0007_c002-azure-northcentralus 24
 LO BND x_w0007_c003-gcp-europe-north2 0
 UP BND x_w0007_c003-gcp-europe-north2 40
 LO BND x_w0007_c004-aws-ap-southeast-2 0
 UP BND x_w0007_c004-aws-ap-southeast-2 33
 LO BND x_w0007_c005-aws-ap-southeast-5 0
 UP BND x_w0007_c005-aws-ap-southeast-5 36
 LO BND x_w0007_c006-aws-eu-north-1 0
 UP BND x_w0007_c006-aws-eu-north-1 22
 LO BND s_w0007_c006-aws-eu-north-1 0
 UP BND s_w0007_c006-aws-eu-north-1 22
 LO BND x_w0007_c007-azure-japanwest 0
 UP BND x_w0007_c007-azure-japanwest 32
 LO BND s_w0007_c007-azure-japanwest 0
 UP BND s_w0007_c007-azure-japanwest 32
 LO BND x_w0007_c008-azure-jioindiawest 0
 UP BND x_w0007_c008-azure-jioindiawest 33
 LO BND s_w0007_c008-azure-jioindiawest 0
 UP BND s_w0007_c008-azure-jioindiawest 33
 LO BND x_w0007_c009-aws-eu-west-3 0
 UP BND x_w0007_c009-aws-eu-west-3 44
 LO BND s_w0007_c009-aws-eu-west-3 0
 UP BND s_w0007_c009-aws-eu-west-3 44
 LO BND x_w0008_c000-aws-eu-west-3 0
 UP BND x_w0008_c000-aws-eu-west-3 16
 LO BND x_w0008_c001-aws-ap-northeast-3 0
 UP BND x_w0008_c001-aws-ap-northeast-3 19
 LO BND x_w0008_c002-azure-northcentralus 0
 UP BND x_w0008_c002-azure-northcentralus 10
 LO BND x_w0008_c003-gcp-europe-north2 0
 UP BND x_w0008_c003-gcp-europe-north2 17
 LO BND x_w0008_c004-aws-ap-southeast-2 0
 UP BND x_w0008_c004-aws-ap-southeast-2 14
 LO BND x_w0008_c005-aws-ap-southeast-5 0
 UP BND x_w0008_c005-aws-ap-southeast-5 16
 LO BND x_w0008_c006-aws-eu-north-1 0
 UP BND x_w0008_c006-aws-eu-north-1 10
 LO BND x_w0008_c007-azure-japanwest 0
 UP BND x_w0008_c007-azure-japanwest 14
 LO BND x_w0008_c008-azure-jioindiawest 0
 UP BND x_w0008_c008-azure-jioindiawest 14
 LO BND x_w0008_c009-aws-eu-west-3 0
 UP BND x_w0008_c009-aws-eu-west-3 19
 LO BND x_w0009_c000-aws-eu-west-3 0
 UP BND x_w0009_c000-aws-eu-west-3 33
 LO BND x_w0009_c003-gcp-europe-north2 0
 UP BND x_w0009_c003-gcp-europe-north2 35
 LO BND x_w0009_c006-aws-eu-north-1 0
 UP BND x_w0009_c006-aws-eu-north-1 20
 LO BND x_w0009_c009-aws-eu-west-3 0
 UP BND x_w0009_c009-aws-eu-west-3 39
 LO BND x_w0010_c000-aws-eu-west-3 0
 UP BND x_w0010_c000-aws-eu-west-3 18
 LO BND r_w0010_singapore_c000-aws-eu-west-3 0
 UP BND r_w0010_singapore_c000-aws-eu-west-3 250
 LO BND r_w0010_stockholm_c000-aws-eu-west-3 0
 UP BND r_w0010_stockholm_c000-aws-eu-west-3 50
 LO BND x_w0010_c001-aws-ap-northeast-3 0
 UP BND x_w0010_c001-aws-ap-northeast-3 21
 LO BND r_w0010_singapore_c001-aws-ap-northeast-3 0
 UP BND r_w0010_singapore_c001-aws-ap-northeast-3 250
 LO BND r_w0010_stockholm_c001-aws-ap-northeast-3 0
 UP BND r_w0010_stockholm_c001-aws-ap-northeast-3 50
 LO BND x_w0010_c002-azure-northcentralus 0
 UP BND x_w0010_c002-azure-northcentralus 12
 LO BND r_w0010_singapore_c002-azure-northcentralus 0
 UP BND r_w0010_singapore_c002-azure-northcentralus 250
 LO BND r_w0010_stockholm_c002-azure-northcentralus 0
 UP BND r_w0010_stockholm_c002-azure-northcentralus 50
 LO BND x_w0010_c003-gcp-europe-north2 0
 UP BND x_w0010_c003-gcp-europe-north2 20
 LO BND r_w0010_singapore_c003-gcp-europe-north2 0
 UP BND r_w0010_singapore_c003-gcp-europe-north2 250
 LO BND r_w0010_stockholm_c003-gcp-europe-north2 0
 UP BND r_w0010_stockholm_c003-gcp-europe-north2 50
 LO BND x_w0010_c004-aws-ap-southeast-2 0
 UP BND x_w0010_c004-aws-ap-southeast-2 16
 LO BND r_w0010_singapore_c004-aws-ap-southeast-2 0
 UP BND r_w0010_singapore_c004-aws-ap-southeast-2 250
 LO BND r_w0010_stockholm_c004-aws-ap-southeast-2 0
 UP BND r_w0010_stockholm_c004-aws-ap-southeast-2 50
 LO BND x_w0010_c005-aws-ap-southeast-5 0
 UP BND x_w0010_c005-aws-ap-southeast-5 18
 LO BND r_w0010_singapore_c005-aws-ap-southeast-5 0
 UP BND r_w0010_singapore_c005-aws-ap-southeast-5 250
 LO BND r_w0010_stockholm_c005-aws-ap-southeast-5 0
 UP BND r_w0010_stockholm_c005-aws-ap-southeast-5 50
 LO BND x_w0010_c006-aws-eu-north-1 0
 UP BND x_w0010_c006-aws-eu-north-1 11
 LO BND r_w0010_singapore_c006-aws-eu-north-1 0
 UP BND r_w0010_singapore_c006-aws-eu-north-1 250
 LO BND r_w0010_stockholm_c006-aws-eu-north-1 0
 UP BND r_w0010_stockholm_c006-aws-eu-north-1 50
 LO BND x_w0010_c007-azure-japanwest 0
 UP BND x_w0010_c007-azure-japanwest 16
 LO BND r_w0010_singapore_c007-azure-japanwest 0
 UP BND r_w0010_singapore_c007-azure-japanwest 250
 LO BND r_w0010_stockholm_c007-azure-japanwest 0
 UP BND r_w0010_stockholm_c007-azure-japanwest 50
 LO BND x_w0010_c008-azure-jioindiawest 0
 UP BND x_w0010_c008-azure-jioindiawest 16
 LO BND r_w0010_singapore_c008-azure-jioindiawest 0
 UP BND r_w0010_singapore_c008-azure-jioindiawest 250
 LO BND r_w0010_stockholm_c008-azure-jioindiawest 0
 UP BND r_w0010_stockholm_c008-azure-jioindiawest 50
 LO BND x_w0010_c009-aws-eu-west-3 0
 UP BND x_w0010_c009-aws-eu-west-3 22
 LO BND r_w0010_singapore_c009-aws-eu-west-3 0
 UP BND r_w0010_singapore_c009-aws-eu-west-3 250
 LO BND r_w0010_stockholm_c009-aws-eu-west-3 0
 UP BND r_w0010_stockholm_c009-aws-eu-west-3 50
 LO BND x_w0011_c000-aws-eu-west-3 0
 UP BND x_w0011_c000-aws-eu-west-3 44
 LO BND y_w0011_c000-aws-eu-west-3 0
 UP BND y_w0011_c000-aws-eu-west-3 1
 LO BND x_w0011_c001-aws-ap-northeast-3 0
 UP BND x_w0011_c001-aws-ap-northeast-3 50
 LO BND y_w0011_c001-aws-ap-northeast-3 0
 UP BND y_w0011_c001-aws-ap-northeast-3 1
 LO BND x_w0011_c002-azure-northcentralus 0
 UP BND x_w0011_c002-azure-northcentralus 28
 LO BND y_w0011_c002-azure-northcentralus 0
 UP BND y_w0011_c002-azure-northcentralus 1
 LO BND x_w0011_c003-gcp-europe-north2 0
 UP BND x_w0011_c003-gcp-europe-north2 46
 LO BND y_w0011_c003-gcp-europe-north2 0
 UP BND y_w0011_c003-gcp-europe-north2 1
 LO BND x_w0011_c004-aws-ap-southeast-2 0
 UP BND x_w0011_c004-aws-ap-southeast-2 38
 LO BND y_w0011_c004-aws-ap-southeast-2 0
 UP BND y_w0011_c004-aws-ap-southeast-2 1
 LO BND x_w0011_c005-aws-ap-southeast-5 0
 UP BND x_w0011_c005-aws-ap-southeast-5 42
 LO BND y_w0011_c005-aws-ap-southeast-5 0
 UP BND y_w0011_c005-aws-ap-southeast-5 1
 LO BND x_w0011_c006-aws-eu-north-1 0
 UP BND x_w0011_c006-aws-eu-north-1 26
 LO BND y_w0011_c006-aws-eu-north-1 0
 UP BND y_w0011_c006-aws-eu-north-1 1
 LO BND x_w0011_c007-azure-japanwest 0
 UP BND x_w0011_c007-azure-japanwest 37
 LO BND y_w0011_c007-azure-japanwest 0
 UP BND y_w0011_c007-azure-japanwest 1
 LO BND x_w0011_c008-azure-jioindiawest 0
 UP BND x_w0011_c008-azure-jioindiawest 38
 LO BND y_w0011_c008-azure-jioindiawest 0
 UP BND y_w0011_c008-azure-jioindiawest 1
 LO BND x_w0011_c009-aws-eu-west-3 0
 UP BND x_w0011_c009-aws-eu-west-3 52
 LO BND y_w0011_c009-aws-eu-west-3 0
 UP BND y_w0011_c009-aws-eu-west-3 1
 LO BND z_region_w0011_aws.ap-northeast-3 0
 UP BND z_region_w0011_aws.ap-northeast-3 1
 LO BND z_region_w0011_aws.ap-southeast-2 0
 UP BND z_region_w0011_aws.ap-southeast-2 1
 LO BND z_region_w0011_aws.ap-southeast-5 0
 UP BND z_region_w0011_aws.ap-southeast-5 1
 LO BND z_region_w0011_aws.eu-north-1 0
 UP BND z_region_w0011_aws.eu-north-1 1
 LO BND z_region_w0011_aws.eu-west-3 0
 UP BND z_region_w0011_aws.eu-west-3 1
 LO BND z_region_w0011_azure.japanwest 0
 UP BND z_region_w0011_azure.japanwest 1
 LO BND z_region_w0011_azure.jioindiawest 0
 UP BND z_region_w0011_azure.jioindiawest 1
 LO BND z_region_w0011_azure.northcentralus 0
 UP BND z_region_w0011_azure.northcentralus 1
 LO BND z_region_w0011_gcp.europe-north2 0
 UP BND z_region_w0011_gcp.europe-north2 1
 LO BND x_w0012_c000-aws-eu-west-3 0
 UP BND x_w0012_c000-aws-eu-west-3 26
 LO BND x_w0012_c003-gcp-europe-north2 0
 UP BND x_w0012_c003-gcp-europe-north2 28
 LO BND x_w0012_c006-aws-eu-north-1 0
 UP BND x_w0012_c006-aws-eu-north-1 16
 LO BND x_w0012_c009-aws-eu-west-3 0
 UP BND x_w0012_c009-aws-eu-west-3 31
 LO BND x_w0013_c000-aws-eu-west-3 0
 UP BND x_w0013_c000-aws-eu-west-3 18
 LO BND x_w0013_c001-aws-ap-northeast-3 0
 UP BND x_w0013_c001-aws-ap-northeast-3 21
 LO BND x_w0013_c002-azure-northcentralus 0
 UP BND x_w0013_c002-azure-northcentralus 12
 LO BND s_w0013_c002-azure-northcentralus 0
 UP BND s_w0013_c002-azure-northcentralus 12
 LO BND x_w0013_c003-gcp-europe-north2 0
 UP BND x_w0013_c003-gcp-europe-north2 20
 LO BND x_w0013_c004-aws-ap-southeast-2 0
 UP BND x_w0013_c004-aws-ap-southeast-2 16
 LO BND x_w0013_c005-aws-ap-southeast-5 0
 UP BND x_w0013_c005-aws-ap-southeast-5 18
 LO BND x_w0013_c006-aws-eu-north-1 0
 UP BND x_w0013_c006-aws-eu-north-1 11
 LO BND s_w0013_c006-aws-eu-north-1 0
 UP BND s_w0013_c006-aws-eu-north-1 11
 LO BND x_w0013_c007-azure-japanwest 0
 UP BND x_w0013_c007-azure-japanwest 16
 LO BND s_w0013_c007-azure-japanwest 0
 UP BND s_w0013_c007-azure-japanwest 16
 LO BND x_w0013_c008-azure-jioindiawest 0
 UP BND x_w0013_c008-azure-jioindiawest 16
 LO BND s_w0013_c008-azure-jioindiawest 0
 UP BND s_w0013_c008-azure-jioindiawest 16
 LO BND x_w0013_c009-aws-eu-west-3 0
 UP BND x_w0013_c009-aws-eu-west-3 22
 LO BND s_w0013_c009-aws-eu-west-3 0
 UP BND s_w0013_c009-aws-eu-west-3 22
 LO BND x_w0014_c000-aws-eu-west-3 0
 UP BND x_w0014_c000-aws-eu-west-3 16
 LO BND r_w0014_frankfurt_c000-aws-eu-west-3 0
 UP BND r_w0014_frankfurt_c000-aws-eu-west-3 500
 LO BND r_w0014_stockholm_c000-aws-eu-west-3 0
 UP BND r_w0014_stockholm_c000-aws-eu-west-3 300
 LO BND x_w0014_c001-aws-ap-northeast-3 0
 UP BND x_w0014_c001-aws-ap-northeast-3 19
 LO BND r_w0014_frankfurt_c001-aws-ap-northeast-3 0
 UP BND r_w0014_frankfurt_c001-aws-ap-northeast-3 500
 LO BND r_w0014_stockholm_c001-aws-ap-northeast-3 0
 UP BND r_w0014_stockholm_c001-aws-ap-northeast-3 300
 LO BND x_w0014_c002-azure-northcentralus 0
 UP BND x_w0014_c002-azure-northcentralus 10
 LO BND s_w0014_c002-azure-northcentralus 0
 UP BND s_w0014_c002-azure-northcentralus 10
 LO BND r_w0014_frankfurt_c002-azure-northcentralus 0
 UP BND r_w0014_frankfurt_c002-azure-northcentralus 500
 LO BND r_w0014_stockholm_c002-azure-northcentralus 0
 UP BND r_w0014_stockholm_c002-azure-northcentralus 300
 LO BND x_w0014_c003-gcp-europe-north2 0
 UP BND x_w0014_c003-gcp-europe-north2 17
 LO BND r_w0014_frankfurt_c003-gcp-europe-north2 0
 UP BND r_w0014_frankfurt_c003-gcp-europe-north2 500
 LO BND r_w0014_stockholm_c003-gcp-europe-north2 0
 UP BND r_w0014_stockholm_c003-gcp-europe-north2 300
 LO BND x_w0014_c004-aws-ap-southeast-2 0
 UP BND x_w0014_c004-aws-ap-southeast-2 14
 LO BND r_w0014_frankfurt_c004-aws-ap-southeast-2 0
 UP BND r_w0014_frankfurt_c004-aws-ap-southeast-2 500
 LO BND x_w0014_c005-aws-ap-southeast-5 0
 UP BND x_w0014_c005-aws-ap-southeast-5 16
 LO BND r_w0014_frankfurt_c005-aws-ap-southeast-5 0
 UP BND r_w0014_frankfurt_c005-aws-ap-southeast-5 500
 LO BND r_w0014_stockholm_c005-aws-ap-southeast-5 0
 UP BND r_w0014_stockholm_c005-aws-ap-southeast-5 300
 LO BND x_w0014_c006-aws-eu-north-1 0
 UP BND x_w0014_c006-aws-eu-north-1 10
 LO BND s_w0014_c006-aws-eu-north-1 0
 UP BND s_w0014_c006-aws-eu-north-1 10
 LO BND r_w0014_frankfurt_c006-aws-eu-north-1 0
 UP BND r_w0014_frankfurt_c006-aws-eu-north-1 500
 LO BND r_w0014_stockholm_c006-aws-eu-north-1 0
 UP BND r_w0014_stockholm_c006-aws-eu-north-1 300
 LO BND x_w0014_c007-azure-japanwest 0
 UP BND x_w0014_c007-azure-japanwest 14
 LO BND s_w0014_c007-azure-japanwest 0
 UP BND s_w0014_c007-azure-japanwest 14
 LO BND r_w0014_frankfurt_c007-azure-japanwest 0
 UP BND r_w0014_frankfurt_c007-azure-japanwest 500
 LO BND r_w0014_stockholm_c007-azure-japanwest 0
 UP BND r_w0014_stockholm_c007-azure-japanwest 300
 LO BND x_w0014_c008-azure-jioindiawest 0
 UP BND x_w0014_c008-azure-jioindiawest 14
 LO BND s_w0014_c008-azure-jioindiawest 0
 UP BND s_w0014_c008-azure-jioindiawest 14
 LO BND r_w0014_frankfurt_c008-azure-jioindiawest 0
 UP BND r_w0014_frankfurt_c008-azure-jioindiawest 500
 LO BND r_w0014_stockholm_c008-azure-jioindiawest 0
 UP BND r_w0014_stockholm_c008-azure-jioindiawest 300
 LO BND x_w0014_c009-aws-eu-west-3 0
 UP BND x_w0014_c009-aws-eu-west-3 19
 LO BND s_w0014_c009-aws-eu-west-3 0
 UP BND s_w0014_c009-aws-eu-west-3 19
 LO BND r_w0014_frankfurt_c009-aws-eu-west-3 0
 UP BND r_w0014_frankfurt_c009-aws-eu-west-3 500
 LO BND r_w0014_stockholm_c009-aws-eu-west-3 0
 UP BND r_w0014_stockholm_c009-aws-eu-west-3 300
 LO BND x_w0015_c006-aws-eu-north-1 0
 UP BND x_w0015_c006-aws-eu-north-1 16
 LO BND s_w0015_c006-aws-eu-north-1 0
 UP BND s_w0015_c006-aws-eu-north-1 16
 LO BND x_w0016_c000-aws-eu-west-3 0
 UP BND x_w0016_c000-aws-eu-west-3 66
 LO BND y_w0016_c000-aws-eu-west-3 0
 UP BND y_w0016_c000-aws-eu-west-3 1
 LO BND x_w0016_c001-aws-ap-northeast-3 0
 UP BND x_w0016_c001-aws-ap-northeast-3 76
 LO BND y_w0016_c001-aws-ap-northeast-3 0
 UP BND y_w0016_c001-aws-ap-northeast-3 1
 LO BND x_w0016_c002-azure-northcentralus 0
 UP BND x_w0016_c002-azure-northcentralus 42
 LO BND y_w0016_c002-azure-northcentralus 0
 UP BND y_w0016_c002-azure-northcentralus 1
 LO BND x_w0016_c003-gcp-europe-north2 0
 UP BND x_w0016_c003-gcp-europe-north2 70
 LO BND y_w0016_c003-gcp-europe-north2 0
 UP BND y_w0016_c003-gcp-europe-north2 1
 LO BND x_w0016_c004-aws-ap-southeast-2 0
 UP BND x_w0016_c004-aws-ap-southeast-2 58
 LO BND y_w0016_c004-aws-ap-southeast-2 0
 UP BND y_w0016_c004-aws-ap-southeast-2 1
 LO BND x_w0016_c005-aws-ap-southeast-5 0
 UP BND x_w0016_c005-aws-ap-southeast-5 64
 LO BND y_w0016_c005-aws-ap-southeast-5 0
 UP BND y_w0016_c005-aws-ap-southeast-5 1
 LO BND x_w0016_c006-aws-eu-north-1 0
 UP BND x_w0016_c006-aws-eu-north-1 40
 LO BND y_w0016_c006-aws-eu-north-1 0
 UP BND y_w0016_c006-aws-eu-north-1 1
 LO BND x_w0016_c007-azure-japanwest 0
 UP BND x_w0016_c007-azure-japanwest 56
 LO BND y_w0016_c007-azure-japanwest 0
 UP BND y_w0016_c007-azure-japanwest 1
 LO BND x_w0016_c008-azure-jioindiawest 0
 UP BND x_w0016_c008-azure-jioindiawest 58
 LO BND y_w0016_c008-azure-jioindiawest 0
 UP BND y_w0016_c008-azure-jioindiawest 1
 LO BND x_w0016_c009-aws-eu-west-3 0
 UP BND x_w0016_c009-aws-eu-west-3 78
 LO BND y_w0016_c009-aws-eu-west-3 0
 UP BND y_w0016_c009-aws-eu-west-3 1
 LO BND z_region_w0016_aws.ap-northeast-3 0
 UP BND z_region_w0016_aws.ap-northeast-3 1
 LO BND z_region_w0016_aws.ap-southeast-2 0
 UP BND z_region_w0016_aws.ap-southeast-2 1
 LO BND z_region_w0016_aws.ap-southeast-5 0
 UP BND z_region_w0016_aws.ap-southeast-5 1
 LO BND z_region_w0016_aws.eu-north-1 0
 UP BND z_region_w0016_aws.eu-north-1 1
 LO BND z_region_w0016_aws.eu-west-3 0
 UP BND z_region_w0016_aws.eu-west-3 1
 LO BND z_region_w0016_azure.japanwest 0
 UP BND z_region_w0016_azure.japanwest 1
 LO BND z_region_w0016_azure.jioindiawest 0
 UP BND z_region_w0016_azure.jioindiawest 1
 LO BND z_region_w0016_azure.northcentralus 0
 UP BND z_region_w0016_azure.northcentralus 1
 LO BND z_region_w0016_gcp.europe-north2 0
 UP BND z_region_w0016_gcp.europe-north2 1
 LO BND x_w0017_c000-aws-eu-west-3 0
 UP BND x_w0017_c000-aws-eu-west-3 18
 LO BND x_w0017_c001-aws-ap-northeast-3 0
 UP BND x_w0017_c001-aws-ap-northeast-3 21
 LO BND x_w0017_c002-azure-northcentralus 0
 UP BND x_w0017_c002-azure-northcentralus 12
 LO BND x_w0017_c003-gcp-europe-north2 0
 UP BND x_w0017_c003-gcp-europe-north2 20
 LO BND x_w0017_c004-aws-ap-southeast-2 0
 UP BND x_w0017_c004-aws-ap-southeast-2 16
 LO BND x_w0017_c005-aws-ap-southeast-5 0
 UP BND x_w0017_c005-aws-ap-southeast-5 18
 LO BND x_w0017_c006-aws-eu-north-1 0
 UP BND x_w0017_c006-aws-eu-north-1 11
 LO BND x_w0017_c007-azure-japanwest 0
 UP BND x_w0017_c007-azure-japanwest 16
 LO BND x_w0017_c008-azure-jioindiawest 0
 UP BND x_w0017_c008-azure-jioindiawest 16
 LO BND x_w0017_c009-aws-eu-west-3 0
 UP BND x_w0017_c009-aws-eu-west-3 22
 LO BND x_w0018_c000-aws-eu-west-3 0
 UP BND x_w0018_c000-aws-eu-west-3 16
 LO BND r_w0018_amsterdam_c000-aws-eu-west-3 0
 UP BND r_w0018_amsterdam_c000-aws-eu-west-3 450
 LO BND r_w0018_frankfurt_c000-aws-eu-west-3 0
 UP BND r_w0018_frankfurt_c000-aws-eu-west-3 500
 LO BND x_w0018_c003-gcp-europe-north2 0
 UP BND x_w0018_c003-gcp-europe-north2 17
 LO BND r_w0018_amsterdam_c003-gcp-europe-north2 0
 UP BND r_w0018_amsterdam_c003-gcp-europe-north2 450
 LO BND r_w0018_frankfurt_c003-gcp-europe-north2 0
 UP BND r_w0018_frankfurt_c003-gcp-europe-north2 500
 LO BND x_w0018_c006-aws-eu-north-1 0
 UP BND x_w0018_c006-aws-eu-north-1 10
 LO BND s_w0018_c006-aws-eu-north-1 0
 UP BND s_w0018_c006-aws-eu-north-1 10
 LO BND r_w0018_amsterdam_c006-aws-eu-north-1 0
 UP BND r_w0018_amsterdam_c006-aws-eu-north-1 450
 LO BND r_w0018_frankfurt_c006-aws-eu-north-1 0
 UP BND r_w0018_frankfurt_c006-aws-eu-north-1 500
 LO BND x_w0018_c009-aws-eu-west-3 0
 UP BND x_w0018_c009-aws-eu-west-3 19
 LO BND s_w0018_c009-aws-eu-west-3 0
 UP BND s_w0018_c009-aws-eu-west-3 19
 LO BND r_w0018_amsterdam_c009-aws-eu-west-3 0
 UP BND r_w0018_amsterdam_c009-aws-eu-west-3 450
 LO BND r_w0018_frankfurt_c009-aws-eu-west-3 0
 UP BND r_w0018_frankfurt_c009-aws-eu-west-3 500
 LO BND x_w0019_c000-aws-eu-west-3 0
 UP BND x_w0019_c000-aws-eu-west-3 33
 LO BND x_w0019_c001-aws-ap-northeast-3 0
 UP BND x_w0019_c001-aws-ap-northeast-3 38
 LO BND x_w0019_c002-azure-northcentralus 0
 UP BND x_w0019_c002-azure-northcentralus 21
 LO BND s_w0019_c002-azure-northcentralus 0
 UP BND s_w0019_c002-azure-northcentralus 21
 LO BND x_w0019_c003-gcp-europe-north2 0
 UP BND x_w0019_c003-gcp-europe-north2 35
 LO BND x_w0019_c004-aws-ap-southeast-2 0
 UP BND x_w0019_c004-aws-ap-southeast-2 29
 LO BND x_w0019_c005-aws-ap-southeast-5 0
 UP BND x_w0019_c005-aws-ap-southeast-5 32
 LO BND x_w0019_c006-aws-eu-north-1 0
 UP BND x_w0019_c006-aws-eu-north-1 20
 LO BND s_w0019_c006-aws-eu-north-1 0
 UP BND s_w0019_c006-aws-eu-north-1 20
 LO BND x_w0019_c007-azure-japanwest 0
 UP BND x_w0019_c007-azure-japanwest 28
 LO BND s_w0019_c007-azure-japanwest 0
 UP BND s_w0019_c007-azure-japanwest 28
 LO BND x_w0019_c008-azure-jioindiawest 0
 UP BND x_w0019_c008-azure-jioindiawest 29
 LO BND s_w0019_c008-azure-jioindiawest 0
 UP BND s_w0019_c008-azure-jioindiawest 29
 LO BND x_w0019_c009-aws-eu-west-3 0
 UP BND x_w0019_c009-aws-eu-west-3 39
 LO BND s_w0019_c009-aws-eu-west-3 0
 UP BND s_w0019_c009-aws-eu-west-3 39
ENDATA
